package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kafo.model.common.AggregateRoot;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.write.Precondition;
import org.kafo.server.write.Writes;

/**
 * What the page resources share: the templates, the visit, and the access policy that every page
 * asks first (an architecture test keeps it so).
 */
abstract class Pages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    Templates templates;

    @Inject
    Visit visit;

    @Inject
    AccessPolicy access;

    @Inject
    Writes writes;

    @Inject
    RuleBook rules;

    /** A page: a template with the common {@link Page} as {@code p} and its own data. */
    Response page(int status, String template, String titleKey, Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("p", new Page(visit.texts(), visit.identity(), visit.csrf(), visit.path(), titleKey));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Response.status(status).type(HTML).entity(templates.render(template, parameters)).build();
    }

    Response page(String template, String titleKey, Object... namesAndValues) {
        return page(200, template, titleKey, namesAndValues);
    }

    /**
     * Runs a form's command through the process as the API runs it: after the access policy decided
     * on it (it must have been asked), with the precondition (the version the form was read at), in
     * one transaction with its entry in the history. Pages hand commands over as data and never call
     * the process's commands themselves (an architecture test keeps it so). The page shows the
     * outcome: accepted, it leads on ({@link #seeOther}); refused, the form again with the verdicts
     * ({@link #lines}) and status 422.
     */
    <A extends AggregateRoot<?>> Outcome<A> apply(Precondition precondition, Command command) {
        return writes.apply(precondition, command);
    }

    /** A page drawn again with the form that was sent back, at a status (400, 422, ...). */
    @FunctionalInterface
    interface Again {
        Response with(int status, Sent sent);
    }

    /**
     * What every form of the pages does once the access policy decided on its command (it must
     * have been asked): a field that could not be read, the page again with the fields' messages
     * (400); else the command at the precondition ({@link #apply}); refused, the page again with
     * what was typed and the verdicts (422); accepted, what {@code accepted} makes of the outcome
     * (mostly {@link #seeOther}).
     *
     * @param name  the form's name in the page ({@link Sent#form})
     * @param key   the row the form is about, null for a form of the page
     * @param form  what was sent, to show again
     * @param input the fields as they were read
     */
    <A extends AggregateRoot<?>> Response send(String name, Object key, Map<String, List<String>> form,
            FormInput input, Precondition precondition, Supplier<Command> command,
            Function<Outcome<A>, Response> accepted, Again again) {
        if (!input.valid()) {
            return again.with(400, Sent.of(name, key, form, input, List.of()));
        }
        Outcome<A> outcome = apply(precondition, command.get());
        if (outcome.refused()) {
            return again.with(422, Sent.of(name, key, form, input, lines(outcome.verdicts())));
        }
        return accepted.apply(outcome);
    }

    /** Verdicts as the page's reader reads them. */
    List<VerdictLine> lines(List<Verdict> verdicts) {
        return VerdictLine.of(verdicts, rules, visit.texts().locale());
    }

    /** After a form: see the page it leads to (303, so that reloading does not post again). */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
