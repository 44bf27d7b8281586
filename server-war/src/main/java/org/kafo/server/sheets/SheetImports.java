package org.kafo.server.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.RecordNeed;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Allowed;
import org.kafo.server.access.Permission;
import org.kafo.server.wiring.ContainerTransactions;
import org.kafo.server.write.Precondition;
import org.kafo.server.write.Writes;

/**
 * The imports as the API and the pages run them: the rows judged by the process's check
 * ({@link Writes#check}), then, unless it is a dry run, applied through {@link Writes} in one container
 * transaction, each change's history entry naming the import, the file, its digest and the row.
 */
@ApplicationScoped
public class SheetImports {

    @Inject
    Repositories repositories;

    @Inject
    Writes writes;

    @Inject
    ContainerTransactions transactions;

    @Inject
    AccessPolicy access;

    /**
     * A meeting's filled attendance sheet, for a caller the policy allowed to record attendance there.
     *
     * @throws ImportRefusedException when applying a sheet with an error or a refused row; nothing is saved
     */
    public ImportReport attendance(Meeting meeting, String file, byte[] body, Words words, boolean apply) {
        ImportReport report = Imports.attendance(Imports.fileName(file), body, meeting, repositories, words,
                LocalDate.now(), writes::check);
        return apply ? apply(report, command -> command) : report;
    }

    /**
     * A framework's filled needs inventory: each row for an organisation the caller may record needs for
     * (the policy decides each row's, as for one need), others are errors of their rows.
     *
     * @throws ImportRefusedException when applying a sheet with an error or a refused row; nothing is saved
     */
    public ImportReport needs(ConsultationFramework framework, String file, byte[] body, Words words, boolean apply) {
        Allowed allowed = access.allowed(framework);
        Function<Command, Command> decided = command -> {
            access.framework(framework.id(), Permission.RECORD_NEED, ((RecordNeed) command).raisedBy());
            return command;
        };
        ImportReport report = Imports.needs(Imports.fileName(file), body, framework, repositories, words,
                organisation -> allowed.mayFor(Permission.RECORD_NEED, organisation.value()),
                command -> check(decided.apply(command)));
        return apply ? apply(report, decided) : report;
    }

    private List<Verdict> check(Command command) {
        return writes.check(command);
    }

    private ImportReport apply(ImportReport report, Function<Command, Command> decided) {
        return Imports.apply(report, transactions::inTransaction,
                (command, request) -> writes.apply(Precondition.NONE, decided.apply(command), request));
    }
}
