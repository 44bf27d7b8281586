package org.kafo.model.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;

/**
 * The action plan of one cycle: adopted at a meeting for a short period (three months in PACT's
 * profile), its priority actions, and the review that closes it at a later meeting. Plan length,
 * who may own or pay for what, and whether cost shares add up are the rule book's questions.
 */
public final class ActionPlan extends AggregateRoot<PlanId> {

    private final FrameworkId framework;
    private final int cycle;
    private final Period period;
    private final MeetingId adoptedAt;
    private final LocalDate adoptedOn;
    private final PlanId previous;
    private final List<Action> actions;
    private PlanReview review;

    private ActionPlan(State state, long version) {
        super(state.id(), version);
        this.framework = Require.present(state.framework(), "framework");
        this.cycle = Require.positive(state.cycle(), "cycle");
        this.period = Require.present(state.period(), "period");
        this.adoptedAt = Require.present(state.adoptedAt(), "adopting meeting");
        this.adoptedOn = Require.day(state.adoptedOn(), "adopted on");
        this.previous = state.previous();
        this.actions = new ArrayList<>(Require.list(state.actions(), "actions"));
        this.review = state.review();
        Require.state(!actions.isEmpty(), "plan.empty", "a plan has at least one action");
        Require.notBefore(period.end(), adoptedOn, "plan end", "adoption");
        Require.state((cycle == 1) == (previous == null), "plan.previous",
                "every plan but the first follows a previous plan");
        Set<ActionId> ids = new HashSet<>();
        actions.forEach(a -> Require.state(ids.add(a.id()), "plan.action-twice", "action " + a.id() + " is listed twice"));
        Require.state(review == null || actions.stream().allMatch(a -> a.status().isClosed()), "plan.review",
                "a reviewed plan has every action closed");
    }

    /**
     * A meeting adopts the plan of cycle {@code cycle}.
     *
     * @param previous the plan of the cycle before; null for the first plan
     */
    public static ActionPlan adopt(FrameworkId framework, int cycle, PlanId previous, Period period,
            MeetingId meeting, LocalDate adoptedOn, List<ActionSpec> specs) {
        List<Action> actions = Require.list(specs, "actions").stream().map(Action::from).toList();
        ActionPlan plan = new ActionPlan(new State(PlanId.newId(), framework, cycle, previous, period, meeting,
                adoptedOn, actions, null), 0);
        plan.record(new PlanEvent.Adopted(plan.id(), framework, cycle, period, meeting,
                actions.stream().map(Action::id).toList(), adoptedOn));
        return plan;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static ActionPlan restore(State state, long version) {
        return new ActionPlan(state, version);
    }

    /** Moves an open action on: started, blocked (with a reason), unblocked, done. */
    public PlanEvent.ActionStatusChanged changeActionStatus(ActionId id, ActionStatus next, String reason,
            LocalDate on) {
        requireInForce();
        Require.present(next, "status");
        Require.present(on, "on");
        Action action = action(id);
        Require.state(action.status().canMoveTo(next), "action.status",
                "action '" + action.title() + "' cannot go from " + action.status() + " to " + next);
        Require.state(next != ActionStatus.BLOCKED || Require.optionalText(reason, "reason", Limits.TEXT) != null, "action.block-reason",
                "a blocked action says what blocks it");
        replace(id, a -> a.withStatus(next, reason, on));
        return record(new PlanEvent.ActionStatusChanged(id(), id, action.status(), next, Require.optionalText(reason, "reason", Limits.TEXT), on));
    }

    public PlanEvent.ProgressNoted noteProgress(ActionId id, ProgressNote note) {
        requireInForce();
        Require.present(note, "note");
        replace(id, a -> a.withNote(note));
        return record(new PlanEvent.ProgressNoted(id(), id, note));
    }

    /** A party pledges to an action, or raises its pledge; a pledge never drops below what it delivered. */
    public PlanEvent.ContributionPledged pledge(ActionId id, OrganisationId party, ContributionForm form, Money amount,
            LocalDate on) {
        requireInForce();
        Require.present(on, "on");
        Action action = action(id);
        Optional<CostShare> existing = action.shareOf(party, form);
        List<CostShare> shares = new ArrayList<>(action.costShares());
        if (existing.isPresent()) {
            shares.set(shares.indexOf(existing.get()), existing.get().raiseTo(amount));
        } else {
            shares.add(CostShare.pledge(party, form, amount));
        }
        replace(id, a -> a.withShares(shares));
        return record(new PlanEvent.ContributionPledged(id(), id, party, form, amount, on));
    }

    /** A party hands over part or all of what it pledged. */
    public PlanEvent.ContributionDelivered deliver(ActionId id, OrganisationId party, ContributionForm form,
            Money amount, LocalDate on) {
        requireInForce();
        Require.present(amount, "amount");
        Require.present(on, "on");
        Require.state(!amount.isZero(), "contribution.zero", "a delivery is of a positive amount");
        Action action = action(id);
        CostShare share = action.shareOf(party, form).orElseThrow(() -> new InvariantViolationException(
                "contribution.not-pledged", "party " + party + " pledged no " + form + " share to '" + action.title() + "'"));
        List<CostShare> shares = new ArrayList<>(action.costShares());
        shares.set(shares.indexOf(share), share.deliver(amount));
        replace(id, a -> a.withShares(shares));
        return record(new PlanEvent.ContributionDelivered(id(), id, party, form, amount, on));
    }

    /** The commune registered the action in its PDESC (and, once financed, a budget line). */
    public PlanEvent.RegisteredInPdesc registerInPdesc(ActionId id, PdescReference reference, LocalDate on) {
        Require.present(reference, "PDESC reference");
        Require.present(on, "on");
        replace(id, a -> a.withPdesc(reference));
        return record(new PlanEvent.RegisteredInPdesc(id(), id, reference, on));
    }

    /**
     * A meeting reviews the plan: each action is closed as done, carried over or dropped with a
     * reason. Every action gets exactly one decision; the plan is then closed.
     */
    public PlanEvent.Reviewed review(MeetingId meeting, LocalDate on, List<ActionReview> decisions) {
        requireInForce();
        PlanReview planReview = new PlanReview(meeting, on);
        Require.notBefore(on, adoptedOn, "review", "adoption");
        List<ActionReview> all = Require.list(decisions, "review decisions");
        Set<ActionId> decided = new HashSet<>();
        for (ActionReview decision : all) {
            action(decision.action());
            Require.state(decided.add(decision.action()), "review.twice",
                    "action " + decision.action() + " is decided twice");
        }
        for (Action action : actions) {
            Require.state(decided.contains(action.id()), "review.incomplete",
                    "the review leaves action '" + action.title() + "' undecided");
        }
        for (ActionReview decision : all) {
            replace(decision.action(), a -> a.withStatus(decision.outcome().status(), decision.reason(), on));
        }
        review = planReview;
        return record(new PlanEvent.Reviewed(id(), meeting, all, on));
    }

    private void replace(ActionId id, UnaryOperator<Action> change) {
        Action current = action(id);
        actions.set(actions.indexOf(current), change.apply(current));
    }

    private void requireInForce() {
        Require.state(review == null, "plan.closed", "the plan of cycle " + cycle + " was reviewed and is closed");
    }

    /** @throws InvariantViolationException if the plan has no such action */
    public Action action(ActionId id) {
        return findAction(id).orElseThrow(() -> new InvariantViolationException("plan.no-such-action",
                "the plan of cycle " + cycle + " has no action " + id));
    }

    public Optional<Action> findAction(ActionId id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public FrameworkId framework() {
        return framework;
    }

    /** 1 for the first plan of the framework, 2 for the next, ... */
    public int cycle() {
        return cycle;
    }

    public Optional<PlanId> previous() {
        return Optional.ofNullable(previous);
    }

    public Period period() {
        return period;
    }

    public MeetingId adoptedAt() {
        return adoptedAt;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public List<Action> actions() {
        return List.copyOf(actions);
    }

    public Optional<PlanReview> review() {
        return Optional.ofNullable(review);
    }

    /** Adopted and not yet reviewed. */
    public boolean isInForce() {
        return review == null;
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), framework, cycle, previous, period, adoptedAt, adoptedOn,
                List.copyOf(actions), review);
    }

    /** Everything a repository stores of a plan. */
    public record State(PlanId id, FrameworkId framework, int cycle, PlanId previous, Period period,
            MeetingId adoptedAt, LocalDate adoptedOn, List<Action> actions, PlanReview review) {
    }
}
