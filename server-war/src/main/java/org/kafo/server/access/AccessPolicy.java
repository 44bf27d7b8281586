package org.kafo.server.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kafo.model.Repositories;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.Identifier;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.PlanId;
import org.kafo.model.territory.CommuneId;

/**
 * The one place that decides whether the caller may do what a request asks, from the table of
 * {@link Permission}s and the caller's grants. Every resource method asks it first; the decision is
 * noted on the {@link Caller} (the history records it, and no command runs without one).
 *
 * <ul>
 * <li>no caller: 401 ({@link SignInRequiredException});</li>
 * <li>a framework where the caller has no role, or that does not exist: 404, the same answer, so
 * that other communes' frameworks cannot even be found;</li>
 * <li>a role that may not do it, or may do it for its own organisation only and the request is
 * for another: 403 ({@link ForbiddenException}).</li>
 * </ul>
 */
@RequestScoped
public class AccessPolicy {

    @Inject
    Caller caller;

    @Inject
    Repositories repositories;

    @Inject
    FrameworkCommunes communes;

    /** A platform operation: the directory (anyone signed in) or the administrator's. */
    public void require(Permission operation) {
        if (operation.scope() == Permission.Scope.COMMUNE || operation.scope() == Permission.Scope.FRAMEWORK) {
            throw new IllegalArgumentException(operation + " is decided for a commune or a framework");
        }
        Identity who = signedIn();
        if (operation.scope() == Permission.Scope.ADMINISTRATOR && !who.administrator()) {
            throw new ForbiddenException("access.administrator-only",
                    "Only the platform administrator may " + operation.label(), operation.label());
        }
        caller.decided(operation, null);
    }

    /**
     * An operation on a commune (registering one of its organisations, proposing a framework);
     * {@code actingFor} is the organisation concerned, if any. A null commune (an organisation
     * outside any commune, such as a programme) is the administrator's.
     */
    public void commune(CommuneId commune, Permission operation, OrganisationId actingFor) {
        if (commune == null) {
            outsideCommunes(operation);
        } else {
            decide(operation, commune.value(), null, parties(actingFor), null);
        }
    }

    /** An operation on an organisation: the administrator, a commune officer of its commune, its representative. */
    public Organisation organisation(OrganisationId id, Permission operation) {
        Organisation organisation = repositories.organisations().get(id);
        commune(organisation.commune().orElse(null), operation, id);
        return organisation;
    }

    public ConsultationFramework framework(FrameworkId id, Permission operation) {
        return framework(id, operation, null);
    }

    /** @param actingFor the organisation the request acts for, for the roles that may act for their own only */
    public ConsultationFramework framework(FrameworkId id, Permission operation, OrganisationId actingFor) {
        ConsultationFramework framework = repositories.frameworks().find(id).orElseThrow(() -> notFound("framework", id));
        decide(operation, framework.commune().value(), id.value(), parties(actingFor), () -> notFound("framework", id));
        return framework;
    }

    public ActionPlan plan(PlanId id, Permission operation) {
        return plan(id, operation, null);
    }

    public ActionPlan plan(PlanId id, Permission operation, OrganisationId actingFor) {
        ActionPlan plan = repositories.plans().find(id).orElseThrow(() -> notFound("plan", id));
        inFramework(plan.framework(), operation, parties(actingFor), () -> notFound("plan", id));
        return plan;
    }

    /** An operation on one action, for the party responsible for it (404 if the plan has no such action). */
    public Action action(PlanId id, ActionId actionId, Permission operation) {
        return action(id, actionId, operation, null);
    }

    /**
     * An operation on one action that the request signs as {@code author} (a progress note): a role
     * that acts for its own organisation only must be responsible for the action and sign as its own
     * organisation, both.
     */
    public Action action(PlanId id, ActionId actionId, Permission operation, OrganisationId author) {
        ActionPlan plan = repositories.plans().find(id).orElseThrow(() -> notFound("plan", id));
        Action action = plan.findAction(actionId).orElse(null);
        if (action == null) {
            // the plan's own framework hides it first; then the action is missing, whoever asks
            inFramework(plan.framework(), Permission.READ_FRAMEWORK, List.of(), () -> notFound("plan", id));
            throw notFound("action", actionId);
        }
        inFramework(plan.framework(), operation, parties(action.responsible(), author), () -> notFound("plan", id));
        return action;
    }

    public Meeting meeting(MeetingId id, Permission operation) {
        return meeting(id, operation, null);
    }

    public Meeting meeting(MeetingId id, Permission operation, OrganisationId actingFor) {
        Meeting meeting = repositories.meetings().find(id).orElseThrow(() -> notFound("meeting", id));
        inFramework(meeting.framework(), operation, parties(actingFor), () -> notFound("meeting", id));
        return meeting;
    }

    /** An operation on a need, for the organisation that raised it. */
    public Need need(NeedId id, Permission operation) {
        Need need = repositories.needs().find(id).orElseThrow(() -> notFound("need", id));
        inFramework(need.framework(), operation, parties(need.raisedBy()), () -> notFound("need", id));
        return need;
    }

    /**
     * A list filtered by a framework (the organisations that are its members, ...) shows what the
     * framework's own page of it would: the caller must read that framework's work, and a framework
     * hidden from it stays hidden (404), whichever collection the filter is on.
     */
    public FrameworkId filter(FrameworkId framework) {
        if (framework != null) {
            framework(framework, Permission.READ_FRAMEWORK);
        }
        return framework;
    }

    /** Whether the caller may see that the framework exists (lists leave out the others). */
    public boolean sees(ConsultationFramework framework) {
        Identity who = signedIn();
        return who.administrator()
                || !who.grantsIn(framework.commune().value(), framework.id().value()).isEmpty();
    }

    /**
     * What the caller may do in a framework it reads, for a page to show only the buttons it may use;
     * deciding is still each request's.
     */
    public Allowed allowed(ConsultationFramework framework) {
        Identity who = signedIn();
        return new Allowed(who.administrator(), who.grantsIn(framework.commune().value(), framework.id().value()));
    }

    /** The signed-in caller. */
    public Identity signedIn() {
        Identity who = caller.identity();
        if (who == null) {
            throw new SignInRequiredException();
        }
        return who;
    }

    private void outsideCommunes(Permission operation) {
        if (!(signedIn().administrator() && operation.administrator())) {
            throw new ForbiddenException("access.administrator-only-outside-communes",
                    "Only the platform administrator may " + operation.label() + " outside any commune",
                    operation.label());
        }
        caller.decided(operation, null);
    }

    private void inFramework(FrameworkId id, Permission operation, List<OrganisationId> actingFor,
            Supplier<RuntimeException> hidden) {
        UUID commune = communes.of(id, framework -> repositories.frameworks().get(framework).commune().value());
        decide(operation, commune, id.value(), actingFor, hidden);
    }

    /**
     * @param framework null for an operation on the commune itself
     * @param actingFor every party the request acts for or speaks as (the need's author, the action's
     *                  responsible party and the note's author, ...): a role that may act for its own
     *                  organisation only needs one grant whose organisation is each of them, and at
     *                  least one
     * @param hidden    what to throw when the caller has no role there (a framework's data): as if
     *                  it did not exist; null for a commune, whose existence is public (403)
     */
    private void decide(Permission operation, UUID commune, UUID framework, List<OrganisationId> actingFor,
            Supplier<RuntimeException> hidden) {
        Identity who = signedIn();
        if (who.administrator() && operation.administrator()) {
            caller.decided(operation, framework);
            return;
        }
        List<Grant> grants = who.grantsIn(commune, framework);
        if (grants.isEmpty()) {
            if (hidden != null) {
                throw hidden.get();
            }
            throw new ForbiddenException("access.no-role", "You have no role in this commune's frameworks");
        }
        for (Grant grant : grants) {
            if (operation.anyParty().contains(grant.role()) || (operation.ownOrganisation().contains(grant.role())
                    && !actingFor.isEmpty() && actingFor.stream().allMatch(party -> party.value().equals(grant.organisation())))) {
                caller.decided(operation, framework);
                return;
            }
        }
        String roles = grants.stream().map(g -> g.role().name()).distinct().collect(Collectors.joining(", "));
        boolean ownOnly = grants.stream().anyMatch(g -> operation.ownOrganisation().contains(g.role()));
        throw new ForbiddenException(ownOnly ? "access.role-may-not-for-another" : "access.role-may-not",
                "Your role here (" + roles + ") may not " + operation.label()
                + (ownOnly ? " for another organisation than your own" : ""), roles, operation.label());
    }

    /** The parties named, without the ones the request left out (the command reports those as missing). */
    private static List<OrganisationId> parties(OrganisationId... named) {
        return Arrays.stream(named).filter(Objects::nonNull).toList();
    }

    private static AggregateNotFoundException notFound(String type, Identifier id) {
        return new AggregateNotFoundException(type, id);
    }
}
