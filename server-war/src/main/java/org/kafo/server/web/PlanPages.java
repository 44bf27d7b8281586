package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kafo.model.Repositories;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Period;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.command.Command;
import org.kafo.rules.process.Outcome;
import org.kafo.server.access.Allowed;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Permission;
import org.kafo.server.api.ActionView;
import org.kafo.server.api.ChangeActionStatusRequest;
import org.kafo.server.api.ContributionRequest;
import org.kafo.server.api.MoneyValue;
import org.kafo.server.api.NoteProgressRequest;
import org.kafo.server.api.PlanView;
import org.kafo.server.api.RegisterInPdescRequest;
import org.kafo.server.api.ReviewPlanRequest;
import org.kafo.server.problem.ProblemMapper;
import org.kafo.server.web.PlanSheets.MeetingChoice;
import org.kafo.server.web.PlanSheets.Party;
import org.kafo.server.write.Precondition;

/**
 * A framework's action plans: the plans by cycle, the next plan written with the rules' verdicts
 * shown as it is typed (checked, nothing saved), a plan with its actions and its review, and one
 * action followed: its status, progress notes, pledges, deliveries and PDESC registration.
 */
@Path("")
@Produces(Pages.HTML)
public class PlanPages extends Pages {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;

    @Inject
    Repositories repositories;

    @Inject
    Caller caller;

    @GET
    @Path("frameworks/{id}/plans")
    public Response plans(@PathParam("id") FrameworkId id, @QueryParam("done") String done) {
        ConsultationFramework framework = access.framework(id, Permission.READ_FRAMEWORK);
        Map<UUID, Integer> sequences = repositories.meetings().findByFramework(id).stream()
                .collect(Collectors.toMap(m -> m.id().value(), Meeting::sequence, (a, b) -> a));
        List<PlanSheets.Listed> plans = repositories.plans().findByFramework(id).stream()
                .sorted(Comparator.comparing(ActionPlan::cycle).reversed()).map(PlanView::of)
                .map(p -> new PlanSheets.Listed(p, sequences.get(p.adoptedAt()), sequences.get(p.reviewedAt())))
                .toList();
        return page("plans.jte", "plan.list-title", "framework", framework.id().value(), "name", framework.name(),
                "plans", plans, "mayAdopt", access.allowed(framework).may(Permission.ADOPT_PLAN));
    }

    @GET
    @Path("frameworks/{id}/plans/new")
    public Response writing(@PathParam("id") FrameworkId id) {
        ConsultationFramework framework = access.framework(id, Permission.ADOPT_PLAN);
        Set<UUID> adoptedAt = repositories.plans().findByFramework(id).stream().map(p -> p.adoptedAt().value())
                .collect(Collectors.toSet());
        Meeting next = heldMeetings(id).stream().filter(m -> !adoptedAt.contains(m.id().value())).findFirst()
                .orElse(null);
        LocalDate start = next == null ? null : next.heldOn().orElse(null);
        PlanForm form = PlanForm.blank(next == null ? null : next.id().value(), start,
                start == null ? null : Period.lastDayWithinMonths(start, 3));
        return writingPage(200, framework, form, false, null);
    }

    /**
     * The plan form's buttons: one more action or share (re-rendered, nothing saved), the rules'
     * check, or adopting it. Accepted, the plan's page; refused, the form again with the verdicts (422).
     */
    @POST
    @Path("frameworks/{id}/plans")
    @Consumes(FORM)
    public Response adopt(@PathParam("id") FrameworkId id, MultivaluedMap<String, String> fields) {
        ConsultationFramework framework = access.framework(id, Permission.ADOPT_PLAN);
        PlanForm form = PlanForm.of(fields);
        String button = fields.getFirst("do");
        if ("action".equals(button)) {
            return writingPage(200, framework, form.withAction(), false, null);
        }
        if (button != null && button.startsWith("share-")) {
            return writingPage(200, framework, form.withShare(index(button.substring(6))), false, null);
        }
        form.read(heldOn(id, form.meeting()));
        if (!form.valid() || form.request() == null) {
            return writingPage(400, framework, form, true, null);
        }
        Outcome<ActionPlan> outcome = apply(Precondition.ifMatch(fields.getFirst("version"), repositories.frameworks(),
                id, "framework"), form.request().toCommand(id));
        if (outcome.accepted()) {
            return seeOther("/plans/" + outcome.result().id().value() + "?done=plan.done-adopted");
        }
        return writingPage(422, framework, form, true, lines(outcome.verdicts()));
    }

    /**
     * What the rules would say of the plan as typed, saving nothing: for htmx, the verdicts' region
     * with the running totals; without JavaScript, the whole form with its verdicts.
     */
    @POST
    @Path("frameworks/{id}/plans/check")
    @Consumes(FORM)
    public Response check(@PathParam("id") FrameworkId id, @HeaderParam("HX-Request") String htmx,
            MultivaluedMap<String, String> fields) {
        ConsultationFramework framework = access.framework(id, Permission.ADOPT_PLAN);
        PlanForm form = PlanForm.of(fields);
        if (htmx == null) {
            return writingPage(200, framework, form, true, null);
        }
        return page("planverdicts.jte", "plan.new-title", "w", writing(framework, form, false, null));
    }

    /**
     * The form as typed, read (its fields' messages shown or not), with the verdicts the rules give
     * what could be read of it, or those that refused it.
     */
    private Response writingPage(int status, ConsultationFramework framework, PlanForm form, boolean shown,
            List<VerdictLine> refused) {
        return page(status, "planform.jte", "plan.new-title", "w", writing(framework, form, shown, refused));
    }

    private PlanSheets.Writing writing(ConsultationFramework framework, PlanForm typed, boolean shown,
            List<VerdictLine> refused) {
        PlanForm form = typed.read(heldOn(framework.id(), typed.meeting()));
        List<VerdictLine> verdicts = refused;
        String failure = null;
        if (verdicts == null && form.request() != null) {
            try {
                verdicts = lines(writes.check(form.request().toCommand(framework.id())));
            } catch (InvariantViolationException e) {
                failure = ProblemMapper.of(caller, rules).problem(e).detail();
            }
        }
        return sheet(framework, form, verdicts, failure, shown);
    }

    private PlanSheets.Writing sheet(ConsultationFramework framework, PlanForm form, List<VerdictLine> verdicts,
            String failure, boolean shown) {
        FrameworkId id = framework.id();
        List<MeetingChoice> meetings = heldMeetings(id).stream()
                .map(m -> new MeetingChoice(m.id().value(), m.sequence(), m.heldOn().orElse(null))).toList();
        Map<UUID, String> names = names(framework.memberships().stream().filter(m -> m.isCurrent())
                .map(m -> m.organisation().value()).collect(Collectors.toSet()));
        List<Party> parties = names.entrySet().stream().map(e -> new Party(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Party::name)).toList();
        List<String> sectors = framework.prioritySectors().stream().map(s -> s.code()).toList();
        List<PlanSheets.CarriedOver> carriedOver = repositories.plans().findByFramework(id).stream()
                .max(Comparator.comparing(ActionPlan::cycle)).stream().flatMap(p -> p.actions().stream())
                .filter(a -> a.status() == ActionStatus.CARRIED_OVER)
                .map(a -> new PlanSheets.CarriedOver(a.id().value(), a.title())).toList();
        return new PlanSheets.Writing(id.value(), framework.name(), framework.version(), form, meetings, parties,
                sectors, carriedOver, verdicts, failure, shown);
    }

    @GET
    @Path("plans/{planId}")
    public Response plan(@PathParam("planId") PlanId id, @QueryParam("done") String done) {
        return planPage(200, access.plan(id, Permission.READ_FRAMEWORK), Sent.none(), done);
    }

    /** A held meeting reviews the plan: each action done, carried over, or dropped with a reason. */
    @POST
    @Path("plans/{planId}/review")
    @Consumes(FORM)
    public Response review(@PathParam("planId") PlanId id, MultivaluedMap<String, String> fields) {
        ActionPlan plan = access.plan(id, Permission.REVIEW_PLAN);
        FormInput input = new FormInput();
        UUID meeting = input.id("meeting", fields.getFirst("meeting"), true);
        List<ReviewPlanRequest.DecisionValue> decisions = new ArrayList<>();
        for (Action action : plan.actions()) {
            String field = "outcome-" + action.id().value();
            ReviewOutcome outcome = input.choice(field, fields.getFirst(field), ReviewOutcome.class, true);
            decisions.add(new ReviewPlanRequest.DecisionValue(action.id().value(), outcome,
                    FormInput.optional(fields.getFirst("reason-" + action.id().value()))));
        }
        LocalDate on = meeting == null ? null : heldOn(plan.framework(), meeting.toString());
        if (meeting != null && on == null) {
            input.error("meeting", "form.choice-invalid");
        }
        return send("review", null, fields, input, Precondition.ifMatch(fields.getFirst("version"), repositories.plans(),
                id, "plan"), () -> new ReviewPlanRequest(meeting, decisions, on).toCommand(id),
                outcome -> seeOther("/plans/" + id.value() + "?done=plan.done-reviewed"),
                (status, sent) -> planPage(status, plan, sent, null));
    }

    private Response planPage(int status, ActionPlan plan, Sent sent, String done) {
        ConsultationFramework framework = repositories.frameworks().get(plan.framework());
        PlanSheets.Plan shown = PlanSheets.plan(repositories, plan, LocalDate.now(), sent, doneKey(done));
        List<MeetingChoice> reviewAt = !plan.isInForce() || shown.adoptedAt() == null
                || !access.allowed(framework).may(Permission.REVIEW_PLAN) ? List.of()
                : heldMeetings(plan.framework()).stream().filter(m -> m.sequence() > shown.adoptedAt())
                        .map(m -> new MeetingChoice(m.id().value(), m.sequence(), m.heldOn().orElse(null))).toList();
        return page(status, "plan.jte", "plan.title", "s", shown.reviewableAt(reviewAt));
    }

    @GET
    @Path("plans/{planId}/actions/{actionId}")
    public Response action(@PathParam("planId") PlanId id, @PathParam("actionId") ActionId actionId,
            @QueryParam("done") String done) {
        ActionPlan plan = access.plan(id, Permission.READ_FRAMEWORK);
        return actionPage(200, plan, plan.findAction(actionId).orElseThrow(() -> new AggregateNotFoundException("action", actionId)),
                Sent.none(), done);
    }

    @POST
    @Path("plans/{planId}/actions/{actionId}/status")
    @Consumes(FORM)
    public Response changeStatus(@PathParam("planId") PlanId id, @PathParam("actionId") ActionId actionId,
            MultivaluedMap<String, String> fields) {
        access.action(id, actionId, Permission.CHANGE_ACTION_STATUS);
        FormInput input = new FormInput();
        ActionStatus status = input.choice("status", fields.getFirst("status"), ActionStatus.class, true);
        LocalDate on = input.date("on", fields.getFirst("on"), true);
        return onAction(id, actionId, "status", fields, input,
                () -> new ChangeActionStatusRequest(status, FormInput.optional(fields.getFirst("reason")), on)
                        .toCommand(id, actionId));
    }

    @POST
    @Path("plans/{planId}/actions/{actionId}/notes")
    @Consumes(FORM)
    public Response noteProgress(@PathParam("planId") PlanId id, @PathParam("actionId") ActionId actionId,
            MultivaluedMap<String, String> fields) {
        FormInput input = new FormInput();
        UUID author = input.id("author", fields.getFirst("author"), true);
        access.action(id, actionId, Permission.NOTE_PROGRESS, author == null ? null : new OrganisationId(author));
        String text = input.required("text", fields.getFirst("text"));
        LocalDate on = input.date("on", fields.getFirst("on"), true);
        return onAction(id, actionId, "note", fields, input,
                () -> new NoteProgressRequest(author, text, on).toCommand(id, actionId));
    }

    @POST
    @Path("plans/{planId}/actions/{actionId}/pledges")
    @Consumes(FORM)
    public Response pledge(@PathParam("planId") PlanId id, @PathParam("actionId") ActionId actionId,
            MultivaluedMap<String, String> fields) {
        FormInput input = new FormInput();
        UUID party = input.id("party", fields.getFirst("party"), true);
        ContributionForm form = input.choice("form", fields.getFirst("form"), ContributionForm.class, true);
        access.plan(id, Permission.PLEDGE, party == null ? null : new OrganisationId(party));
        return contribution(id, actionId, "pledge", fields, input, party, form,
                request -> request.toPledge(id, actionId));
    }

    @POST
    @Path("plans/{planId}/actions/{actionId}/deliveries")
    @Consumes(FORM)
    public Response deliver(@PathParam("planId") PlanId id, @PathParam("actionId") ActionId actionId,
            MultivaluedMap<String, String> fields) {
        FormInput input = new FormInput();
        String share = fields.getFirst("share");
        int slash = share == null ? -1 : share.indexOf('/');
        UUID party = input.id("share", slash < 0 ? share : share.substring(0, slash), true);
        ContributionForm form = slash < 0 ? null
                : input.choice("share", share.substring(slash + 1), ContributionForm.class, true);
        access.plan(id, Permission.DELIVER, party == null ? null : new OrganisationId(party));
        return contribution(id, actionId, "delivery", fields, input, party, form,
                request -> request.toDelivery(id, actionId));
    }

    /** A pledge or a delivery for the party the form names, after the access policy decided on it. */
    private Response contribution(PlanId id, ActionId actionId, String name, MultivaluedMap<String, String> fields,
            FormInput input, UUID party, ContributionForm form, Function<ContributionRequest, Command> command) {
        Long amount = input.amount("amount", fields.getFirst("amount"), true);
        LocalDate on = input.date("on", fields.getFirst("on"), true);
        return onAction(id, actionId, name, fields, input,
                () -> command.apply(new ContributionRequest(party, form, new MoneyValue(amount, null), on)));
    }

    @POST
    @Path("plans/{planId}/actions/{actionId}/pdesc")
    @Consumes(FORM)
    public Response registerInPdesc(@PathParam("planId") PlanId id, @PathParam("actionId") ActionId actionId,
            MultivaluedMap<String, String> fields) {
        access.plan(id, Permission.REGISTER_IN_PDESC);
        FormInput input = new FormInput();
        String entry = input.required("entry", fields.getFirst("entry"));
        LocalDate on = input.date("on", fields.getFirst("on"), true);
        return onAction(id, actionId, "pdesc", fields, input,
                () -> new RegisterInPdescRequest(entry, FormInput.optional(fields.getFirst("budget")), on)
                        .toCommand(id, actionId));
    }

    /**
     * A form of an action's page, after the access policy decided on it: a field that cannot be read
     * shows the page again (400); refused, again with the verdicts (422); accepted, the action's page.
     */
    private Response onAction(PlanId id, ActionId actionId, String name, MultivaluedMap<String, String> fields,
            FormInput input, java.util.function.Supplier<Command> command) {
        ActionPlan plan = repositories.plans().get(id);
        Action action = plan.findAction(actionId).orElseThrow(() -> new AggregateNotFoundException("action", actionId));
        return send(name, null, fields, input, Precondition.ifMatch(fields.getFirst("version"), repositories.plans(), id,
                "plan"), command, outcome -> seeOther("/plans/" + id.value() + "/actions/" + actionId.value()
                        + "?done=plan.done-" + name),
                (status, sent) -> actionPage(status, plan, action, sent, null));
    }

    private Response actionPage(int status, ActionPlan plan, Action action, Sent sent, String done) {
        ConsultationFramework framework = repositories.frameworks().get(plan.framework());
        Allowed allowed = access.allowed(framework);
        ActionView view = ActionView.of(action);
        UUID responsible = action.responsible().value();
        boolean open = plan.isInForce() && !action.status().isClosed();
        Set<UUID> members = framework.memberships().stream().filter(m -> m.isCurrent())
                .map(m -> m.organisation().value()).collect(Collectors.toSet());
        Set<UUID> mentioned = new HashSet<>(members);
        mentioned.add(responsible);
        view.costShares().forEach(s -> mentioned.add(s.party()));
        Map<UUID, String> names = names(mentioned);
        Function<Set<UUID>, List<Party>> parties = ids -> ids.stream().map(p -> new Party(p, names.getOrDefault(p, p.toString())))
                .sorted(Comparator.comparing(Party::name)).toList();
        List<ActionStatus> next = open && allowed.mayFor(Permission.CHANGE_ACTION_STATUS, responsible)
                ? List.of(ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED, ActionStatus.DONE).stream()
                        .filter(action.status()::canMoveTo).toList()
                : List.of();
        List<Party> authors = !open ? List.of()
                : allowed.forAnyParty(Permission.NOTE_PROGRESS) ? parties.apply(members)
                : allowed.mayFor(Permission.NOTE_PROGRESS, responsible) ? parties.apply(Set.of(responsible)) : List.of();
        List<Party> pledgers = !plan.isInForce() ? List.of()
                : allowed.forAnyParty(Permission.PLEDGE) ? parties.apply(members)
                : parties.apply(allowed.organisations(Permission.PLEDGE));
        List<ActionView.CostShareValue> deliverers = !plan.isInForce() ? List.of() : view.costShares().stream()
                .filter(s -> s.delivered().amount() < s.pledged().amount())
                .filter(s -> allowed.mayFor(Permission.DELIVER, s.party())).toList();
        return page(status, "action.jte", "plan.action-title", "s", new PlanSheets.Action(framework.id().value(),
                framework.name(), PlanView.of(plan), view, names, LocalDate.now(), next, authors, pledgers, deliverers,
                plan.isInForce() && allowed.may(Permission.REGISTER_IN_PDESC), sent, doneKey(done)));
    }

    /** The framework's held meetings, the latest first. */
    private List<Meeting> heldMeetings(FrameworkId id) {
        return PlanSheets.heldMeetings(repositories, id);
    }

    /** The day a held meeting of the framework took place, or null when the form names none of them. */
    private LocalDate heldOn(FrameworkId id, String meeting) {
        return heldMeetings(id).stream().filter(m -> m.id().value().toString().equals(meeting)).findFirst()
                .flatMap(Meeting::heldOn).orElse(null);
    }

    private Map<UUID, String> names(Set<UUID> organisations) {
        return PlanSheets.names(repositories, organisations);
    }

    /** A notice's key from the address, only one of this area's. */
    private static String doneKey(String done) {
        return done != null && done.matches("plan\\.done-[a-z]+") ? done : null;
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
