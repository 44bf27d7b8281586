package org.kafo.server.sheets;

import java.util.List;
import java.util.UUID;

/**
 * A filled sheet read back: the file (its name and SHA-256), the errors of the sheet as a whole (a
 * column missing, a file that cannot be read), each row with its verdicts and errors, and, once
 * applied, the import's id, which the history of each change names.
 */
public record ImportReport(String file, String sha256, List<ImportRow.CellError> sheetErrors, List<ImportRow> rows,
        UUID applied) {

    public ImportReport {
        sheetErrors = List.copyOf(sheetErrors);
        rows = List.copyOf(rows);
    }

    /** Whether it can be applied: the sheet readable, no row refused, and something to record. */
    public boolean acceptable() {
        return sheetErrors.isEmpty() && rows.stream().noneMatch(ImportRow::refused)
                && rows.stream().anyMatch(ImportRow::recorded);
    }

    /** Every error, the sheet's then the rows', in order. */
    public List<ImportRow.CellError> errors() {
        return java.util.stream.Stream.concat(sheetErrors.stream(), rows.stream().flatMap(r -> r.errors().stream()))
                .toList();
    }

    public long toRecord() {
        return rows.stream().filter(ImportRow::recorded).count();
    }

    ImportReport withRows(List<ImportRow> checked) {
        return new ImportReport(file, sha256, sheetErrors, checked, applied);
    }

    ImportReport appliedAs(UUID id) {
        return new ImportReport(file, sha256, sheetErrors, rows, id);
    }
}
