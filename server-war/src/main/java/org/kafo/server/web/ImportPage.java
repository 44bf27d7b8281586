package org.kafo.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Verdict;
import org.kafo.server.sheets.ImportReport;
import org.kafo.server.sheets.ImportRow;

/**
 * A filled sheet brought back, as its page shows it: the form to choose the file, and once one is
 * chosen, its dry run: the file's name and digest, row by row what would be recorded with the
 * rules' verdicts or the row's errors, the rows left aside and why, a summary, and the confirmation
 * (only when nothing blocks) that carries the file back sealed ({@link ImportSeal}).
 *
 * @param kind      {@code attendance} (a meeting's sheet) or {@code needs} (a framework's inventory)
 * @param framework the framework, for its tabs
 * @param subject   what it is imported into, when the title does not say it (the meeting's heading), or null
 * @param back      the page it comes from and leads back to
 * @param action    where the form sends a file for its dry run, and the dry run its confirmation
 * @param problem   the key of what is wrong with the file sent ({@code import.problem.*}), or null
 * @param report    the dry run, or null before a file is chosen
 */
public record ImportPage(String kind, UUID framework, String frameworkName, String subject, String back,
        String action, String problem, Report report) {

    /** The columns each kind's rows show ({@code sheet.col.<key>}), in the sheet's order. */
    static final List<String> ATTENDANCE_COLUMNS = List.of("name", "organisation", "category", "sex", "youth");
    static final List<String> NEEDS_COLUMNS = List.of("organisation", "sector", "need-kind", "description",
            "estimated-cost", "identified-on");

    /**
     * A dry run as the page shows it.
     *
     * @param sha256      the file's digest, whole (the page shows its first characters)
     * @param columns     the columns' headers, in the page's language
     * @param sheetErrors what is wrong with the sheet as a whole (a column missing, a file that cannot be read)
     * @param problems    the errors and blocking verdicts, all rows together
     * @param confirm     what the confirmation carries back; null when something blocks
     */
    public record Report(String file, String sha256, List<String> columns, List<Line> lines,
            List<ImportRow.CellError> sheetErrors, long toRecord, long skipped, long problems, Confirm confirm) {

        public String shortSha256() {
            return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
        }

        /** Whether it can be confirmed: the sheet read, no row refused, something to record. */
        public boolean acceptable() {
            return confirm != null;
        }
    }

    /**
     * One row of the sheet.
     *
     * @param outcome {@code record}, {@code skip} or {@code refused}
     * @param cells   what it would record, column by column as {@link Report#columns}
     * @param note    why it is left aside, or null
     */
    public record Line(int row, String outcome, List<String> cells, String note, List<ImportRow.CellError> errors,
            List<VerdictLine> verdicts) {
    }

    /** The file carried back to be confirmed: its name, its bytes in base 64, and their seal. */
    public record Confirm(String file, String data, String seal) {
    }

    /** The page of a kind, before a file is chosen, or with what is wrong with the one sent. */
    static ImportPage choose(String kind, UUID framework, String frameworkName, String subject, String back,
            String action, String problem) {
        return new ImportPage(kind, framework, frameworkName, subject, back, action, problem, null);
    }

    ImportPage with(Report dryRun) {
        return new ImportPage(kind, framework, frameworkName, subject, back, action, problem, dryRun);
    }

    /**
     * A dry run as the reader reads it: each row's cells (amounts and days written as the page writes
     * them), its verdicts, and the confirmation when the report is acceptable.
     *
     * @param confirm what the confirmation carries back, used only when nothing blocks
     */
    static Report report(String kind, ImportReport report, Texts t, RuleBook rules, Confirm confirm) {
        List<String> keys = kind.equals("needs") ? NEEDS_COLUMNS : ATTENDANCE_COLUMNS;
        List<Line> lines = report.rows().stream().map(row -> new Line(row.row(),
                row.refused() ? "refused" : row.recorded() ? "record" : "skip",
                keys.stream().map(key -> cell(key, row.values().get(t.get("sheet.col." + key)), t)).toList(),
                row.skipped(), row.errors(), VerdictLine.of(row.verdicts(), rules, t.locale()))).toList();
        long blocking = report.rows().stream().flatMap(r -> r.verdicts().stream()).filter(Verdict::isBlocking).count();
        return new Report(report.file(), report.sha256(), keys.stream().map(key -> t.get("sheet.col." + key)).toList(),
                lines, report.sheetErrors(), report.toRecord(), lines.stream().filter(l -> l.outcome().equals("skip")).count(),
                report.errors().size() + blocking, report.acceptable() ? confirm : null);
    }

    /** A cell as the page writes it: an amount in francs, a day in words, the rest as read. */
    static String cell(String key, String value, Texts t) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (key.equals("estimated-cost") && value.matches("[0-9]{1,16}")) {
            return t.money(Long.parseLong(value));
        }
        if (key.equals("identified-on") && value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                return t.date(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
