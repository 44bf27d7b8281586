package org.kafo.server.sheets;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kafo.model.Repositories;
import org.kafo.model.common.DomainException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.process.Outcome;
import org.kafo.rules.process.Transactions;

/**
 * A filled sheet brought back into Kafo: read row by row into commands, each judged by the process's
 * check before anything is saved (the dry run); then applied through the process in one unit of work,
 * all or nothing: the first row the process refuses refuses the whole import, with that row's error,
 * and nothing is saved. Each change's history names the import, the file and the row it came from.
 */
public final class Imports {

    private Imports() {
    }

    /** Runs one command of an import, with what its history entry records as its request. */
    @FunctionalInterface
    public interface Runner {
        Outcome<?> run(Command command, String request);
    }

    /** A meeting's attendance sheet read back and judged: what would be recorded, row by row. */
    public static ImportReport attendance(String file, byte[] body, Meeting meeting, Repositories repositories,
            Words words, LocalDate today, Function<Command, List<Verdict>> check) {
        List<ImportRow.CellError> sheetErrors = new ArrayList<>();
        List<ImportRow> rows = rows(body, words, sheetErrors).stream().findFirst()
                .map(all -> AttendanceImport.read(all, meeting, repositories, words, today, sheetErrors))
                .orElse(List.of());
        return judge(new ImportReport(file, sha256(body), sheetErrors, rows, null), check);
    }

    /** A needs inventory read back and judged: what would be recorded, row by row. */
    public static ImportReport needs(String file, byte[] body, ConsultationFramework framework, Repositories repositories,
            Words words, Predicate<OrganisationId> mayRecordFor, Function<Command, List<Verdict>> check) {
        List<ImportRow.CellError> sheetErrors = new ArrayList<>();
        List<ImportRow> rows = rows(body, words, sheetErrors).stream().findFirst()
                .map(all -> NeedsImport.read(all, framework, repositories, words, mayRecordFor, sheetErrors))
                .orElse(List.of());
        return judge(new ImportReport(file, sha256(body), sheetErrors, rows, null), check);
    }

    /** The file's rows, or none with the sheet's error when it cannot be read at all. */
    private static List<List<Rows.Row>> rows(byte[] body, Words words, List<ImportRow.CellError> sheetErrors) {
        try {
            return List.of(Rows.read(body));
        } catch (DomainException e) {
            sheetErrors.add(new ImportRow.CellError(1, null, e.code(), words.get("import.error.unreadable")));
            return List.of();
        }
    }

    /** Each row's command as the process's check judges it; a command the model refuses is its row's error. */
    static ImportReport judge(ImportReport report, Function<Command, List<Verdict>> check) {
        List<ImportRow> judged = new ArrayList<>();
        for (ImportRow row : report.rows()) {
            if (row.command() == null) {
                judged.add(row);
                continue;
            }
            try {
                judged.add(row.checked(check.apply(row.command()), List.of()));
            } catch (DomainException e) {
                judged.add(row.checked(List.of(), List.of(failure(row.row(), e))));
            }
        }
        return report.withRows(judged);
    }

    /**
     * Applies an acceptable import: every row's command through {@code run}, inside one unit of work
     * of {@code transactions}, which a refusal undoes whole.
     *
     * @return the report, with the import's id
     * @throws ImportRefusedException if the report is not acceptable, or the process refuses a row
     *                                (the report then has that row's verdicts or error); nothing is saved
     */
    public static ImportReport apply(ImportReport report, Transactions transactions, Runner run) {
        if (!report.acceptable()) {
            throw new ImportRefusedException(report);
        }
        UUID id = UUID.randomUUID();
        transactions.inTransaction(() -> {
            for (ImportRow row : report.rows()) {
                if (!row.recorded()) {
                    continue;
                }
                Outcome<?> outcome;
                try {
                    outcome = run.run(row.command(), request(id, report, row.row()));
                } catch (DomainException e) {
                    throw new ImportRefusedException(refusedAt(report, row.checked(List.of(), List.of(failure(row.row(), e)))));
                }
                if (outcome.refused()) {
                    throw new ImportRefusedException(refusedAt(report, row.checked(outcome.verdicts(), List.of())));
                }
            }
            return null;
        });
        return report.appliedAs(id);
    }

    private static ImportReport refusedAt(ImportReport report, ImportRow refused) {
        return report.withRows(report.rows().stream().map(r -> r.row() == refused.row() ? refused : r).toList());
    }

    private static ImportRow.CellError failure(int row, DomainException e) {
        return new ImportRow.CellError(row, null, e.code(), e.getMessage());
    }

    /** What the history of a row's change records as its request: the import, the file, its digest, the row. */
    static String request(UUID id, ImportReport report, int row) {
        return Json.createObjectBuilder().add("import", id.toString()).add("file", report.file())
                .add("sha256", report.sha256()).add("row", row).build().toString();
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name a file is recorded under: its base name, at most 120 characters, never empty. */
    public static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        base = base.length() > 120 ? base.substring(0, 120) : base;
        return base.isEmpty() ? "sheet" : new String(base.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
