package org.kafo.server.sheets;

import java.util.List;
import java.util.Map;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;

/**
 * One row of a filled sheet read back, and what becomes of it.
 *
 * @param row      its number as the spreadsheet shows it (1 is the header)
 * @param values   what would be recorded, by column header, as the reader reads it
 * @param command  the command it becomes; null when it is left aside or cannot be read
 * @param skipped  why it is left aside (an absent person, a need already in Kafo), or null
 * @param errors   the cells that cannot be read, or what is wrong with the row
 * @param verdicts what the rule book says of its command (the process's check)
 */
public record ImportRow(int row, Map<String, String> values, Command command, String skipped,
        List<CellError> errors, List<Verdict> verdicts) {

    public ImportRow {
        values = Map.copyOf(values);
        errors = List.copyOf(errors);
        verdicts = List.copyOf(verdicts);
    }

    /** What is wrong with a cell or a row: its row, its column's header (null for the whole row), a message. */
    public record CellError(int row, String column, String code, String message) {
    }

    public boolean refused() {
        return !errors.isEmpty() || verdicts.stream().anyMatch(Verdict::isBlocking);
    }

    public boolean recorded() {
        return command != null && !refused();
    }

    ImportRow checked(List<Verdict> found, List<CellError> failures) {
        return new ImportRow(row, values, command, skipped, concat(errors, failures), found);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
