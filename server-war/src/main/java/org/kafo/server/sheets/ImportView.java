package org.kafo.server.sheets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.rules.RuleBook;
import org.kafo.server.api.VerdictView;

/**
 * An import as the API answers it: the file and its SHA-256, whether it can be (or was) applied, the
 * sheet's errors, and each row: {@code record} (what would be, or was, recorded), {@code skip} (left
 * aside, with why) or {@code refused} (its errors and blocking verdicts).
 */
@Schema(name = "SheetImport")
public record ImportView(UUID importId, String file, String sha256, boolean acceptable, long toRecord,
        List<ErrorValue> errors, List<RowValue> rows) {

    @Schema(name = "SheetImportError")
    public record ErrorValue(int row, String column, String code, String message) {
        static ErrorValue of(ImportRow.CellError error) {
            return new ErrorValue(error.row(), error.column(), error.code(), error.message());
        }
    }

    @Schema(name = "SheetImportRow")
    public record RowValue(int row, String outcome, Map<String, String> values, String note, List<ErrorValue> errors,
            List<VerdictView> verdicts) {
    }

    public static ImportView of(ImportReport report, RuleBook rules, Locale language) {
        List<RowValue> rows = report.rows().stream().map(row -> new RowValue(row.row(),
                row.refused() ? "refused" : row.recorded() ? "record" : "skip", row.values(), row.skipped(),
                row.errors().stream().map(ErrorValue::of).toList(),
                row.verdicts().stream().map(v -> VerdictView.of(v, rules, language)).toList())).toList();
        return new ImportView(report.applied(), report.file(), report.sha256(), report.acceptable(), report.toRecord(),
                report.errors().stream().map(ErrorValue::of).toList(), rows);
    }
}
