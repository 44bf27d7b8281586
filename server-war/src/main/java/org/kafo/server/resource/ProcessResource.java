package org.kafo.server.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kafo.model.Repositories;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.meeting.Meeting;
import org.kafo.rules.RuleBook;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Caller;
import org.kafo.server.api.MeetingView;
import org.kafo.server.write.Precondition;
import org.kafo.server.write.Writes;

/**
 * What the resources that change aggregates through the process share: the process, the repositories
 * they read, the writes that run a command and answer with its outcome, the access policy, and the
 * request's URIs for locations. Every endpoint still asks the access policy itself.
 */
abstract class ProcessResource {

    /** The description of a 422 answer: the process refused the command. */
    static final String REFUSED = "Refused by the rules: the blocking verdicts, messages in the Accept-Language";

    @Inject
    ConsultationProcess process;

    @Inject
    Repositories repositories;

    @Inject
    Writes writes;

    @Inject
    AccessPolicy access;

    @Context
    UriInfo uri;

    @Inject
    RuleBook rules;

    @Inject
    Caller caller;

    /** A meeting as the caller reads it: the agenda items the process wrote in the caller's language. */
    MeetingView meetingView(Meeting meeting) {
        return MeetingView.of(meeting, rules, caller.locale());
    }

    /** Runs a command that creates an aggregate: 201, located at {@code /collection/{id}}. */
    <A extends AggregateRoot<?>> Response create(Precondition precondition, Supplier<Outcome<A>> command,
            Function<A, ?> view, String collection) {
        return writes.create(precondition, command, view, created -> Resources.location(uri, collection, created.id()));
    }
}
