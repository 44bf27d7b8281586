package org.kafo.server.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kafo.model.common.AggregateRoot;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Caller;
import org.kafo.server.api.Answer;
import org.kafo.server.api.CheckView;
import org.kafo.server.api.EventView;
import org.kafo.server.api.Problem;
import org.kafo.server.api.VerdictView;
import org.kafo.server.history.History;
import org.kafo.server.problem.Messages;
import org.kafo.server.problem.Problems;
import org.kafo.server.wiring.ContainerTransactions;

/**
 * Runs one command of the process for a request and answers it: the precondition, the command and
 * its entry in the history in one transaction (a command the access policy did not decide on is a
 * programming error, never run); an accepted command answers its aggregate as saved (with its version as
 * {@code ETag}), its verdicts and its events; a refused one answers 422 with the verdicts, as a
 * problem. The rules are the process's: nothing here judges a change.
 */
@ApplicationScoped
public class Writes {

    @Inject
    RuleBook rules;

    @Inject
    Caller caller;

    @Inject
    ContainerTransactions transactions;

    @Inject
    History history;

    @Inject
    ConsultationProcess process;

    /** Verdicts given outside a change (a framework's follow-up), with their messages in the caller's language. */
    public List<VerdictView> views(List<Verdict> verdicts) {
        Locale locale = caller.locale();
        return verdicts.stream().map(v -> VerdictView.of(v, rules, locale)).toList();
    }

    /**
     * What the rules would say of a command now, without running it: nothing is changed, saved or
     * written in the history. The access policy must have been asked, as for the command itself.
     */
    public List<Verdict> check(Command command) {
        requireDecision("check");
        return transactions.inTransaction(() -> process.check(command));
    }

    /** {@link #check} as the API answers it. */
    public CheckView checkView(Command command) {
        List<Verdict> verdicts = check(command);
        return new CheckView(verdicts.stream().noneMatch(Verdict::isBlocking), views(verdicts));
    }

    /** A change of an existing aggregate: 200 with the answer. */
    public <A extends AggregateRoot<?>> Response change(Precondition precondition, Supplier<Outcome<A>> command,
            Function<A, ?> view) {
        return run(precondition, command, view, null);
    }

    /** A command that creates an aggregate: 201 with its location and the answer. */
    public <A extends AggregateRoot<?>> Response create(Precondition precondition, Supplier<Outcome<A>> command,
            Function<A, ?> view, Function<A, URI> location) {
        return run(precondition, command, view, location);
    }

    /**
     * Runs a command as a page runs it: the precondition, the command and its entry in the history in
     * one transaction, for a caller the access policy decided on. The page shows the outcome, whose
     * result is the aggregate the command is about.
     *
     * @throws IllegalStateException if the access policy was not asked first
     */
    @SuppressWarnings("unchecked")
    public <A extends AggregateRoot<?>> Outcome<A> apply(Precondition precondition, Command command) {
        return apply(precondition, () -> (Outcome<A>) process.execute(command), null);
    }

    /**
     * {@link #apply(Precondition, Command)}, whose history entry records {@code request} instead of the
     * request's body: a change that comes from an imported sheet names the import, the file and the row.
     * Inside a transaction of the caller's, it joins it.
     */
    @SuppressWarnings("unchecked")
    public <A extends AggregateRoot<?>> Outcome<A> apply(Precondition precondition, Command command, String request) {
        return apply(precondition, () -> (Outcome<A>) process.execute(command), request);
    }

    private <A extends AggregateRoot<?>> Outcome<A> apply(Precondition precondition, Supplier<Outcome<A>> command,
            String request) {
        requireDecision("write");
        return transactions.inTransaction(() -> {
            precondition.check();
            Outcome<A> result = command.get();
            if (result.accepted()) {
                history.append(caller, result.events(), result.result(), request);
            }
            return result;
        });
    }

    private <A extends AggregateRoot<?>> Response run(Precondition precondition, Supplier<Outcome<A>> command,
            Function<A, ?> view, Function<A, URI> location) {
        Outcome<A> outcome = apply(precondition, command, null);
        Locale locale = caller.locale();
        List<VerdictView> verdicts = outcome.verdicts().stream().map(v -> VerdictView.of(v, rules, locale)).toList();
        if (outcome.refused()) {
            String refusedBy = outcome.blocking().stream().map(Verdict::ruleId).distinct().toList().toString();
            Problem problem = new Problem(Problems.type("command-refused"),
                    Messages.title(locale, "command-refused", "The rules refuse this change"), 422,
                    Messages.detail(locale, "command.refused", refusedBy.substring(1, refusedBy.length() - 1)),
                    caller.path(), "command.refused", null, verdicts);
            return Problems.response(problem);
        }
        A saved = outcome.result();
        Answer<Object> answer = new Answer<>(view.apply(saved), verdicts,
                outcome.events().stream().map(EventView::of).toList());
        Response.ResponseBuilder response = location == null ? Response.ok(answer)
                : Response.created(location.apply(saved)).entity(answer);
        return response.tag(Long.toString(saved.version())).build();
    }

    /** A command, run or checked, is always one the access policy decided on for this caller. */
    private void requireDecision(String what) {
        if (caller.decision() == null || caller.identity() == null) {
            throw new IllegalStateException("A " + what + " without an access decision: " + caller.method() + " "
                    + caller.path() + " must ask the access policy first");
        }
    }
}
