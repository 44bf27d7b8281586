package org.kafo.model.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Money;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;

/**
 * A priority action of an action plan: who does it, by when, what it costs and who pays what, and
 * how it went. Changed only through its {@link ActionPlan}.
 *
 * @param statusReason why it is blocked, carried over or dropped
 * @param completedOn  the day it was done; present exactly when it is done
 */
public record Action(ActionId id, String title, Sector sector, ActionKind kind, OrganisationId responsible,
        LocalDate dueDate, Money estimatedCost, List<CostShare> costShares, PdescReference pdesc,
        List<NeedId> addresses, ActionId carriedFrom, ActionStatus status, String statusReason,
        LocalDate completedOn, List<ProgressNote> notes) {

    public Action {
        Require.present(id, "action id");
        title = Require.text(title, "action title", Limits.NAME);
        Require.present(sector, "sector");
        Require.present(kind, "action kind");
        Require.present(responsible, "responsible party");
        Require.day(dueDate, "due date");
        Require.optionalDay(completedOn, "completed on");
        Require.present(estimatedCost, "estimated cost");
        costShares = Require.list(costShares, "cost shares");
        addresses = Require.list(addresses, "addresses");
        Require.present(status, "status");
        statusReason = Require.optionalText(statusReason, "status reason", Limits.TEXT);
        notes = Require.list(notes, "notes");
        long pledged = 0;
        for (int i = 0; i < costShares.size(); i++) {
            CostShare share = costShares.get(i);
            // each pledge and the running total at most MAX_AMOUNT: the sum never overflows
            pledged += share.pledged().amount();
            Require.state(pledged <= Money.MAX_AMOUNT, "action.pledges-too-large", "the pledges of action '"
                    + title + "' add up to more than " + Money.MAX_AMOUNT + " " + estimatedCost.currency());
            if (!share.pledged().sameCurrencyAs(estimatedCost)) {
                throw new InvariantViolationException("cost-share.currency", "the cost shares of '" + title
                        + "' are in " + estimatedCost.currency() + ", not " + share.pledged().currency());
            }
            for (int j = 0; j < i; j++) {
                Require.state(!costShares.get(j).isOf(share.party(), share.form()), "cost-share.twice",
                        "party " + share.party() + " has two " + share.form() + " shares in '" + title + "'");
            }
        }
        Require.state((status == ActionStatus.DONE) == (completedOn != null), "action.completed-on",
                "a done action, and only a done one, has the day it was completed");
        Require.state(status != ActionStatus.DROPPED || statusReason != null, "action.drop-reason",
                "a dropped action has a reason");
    }

    static Action from(ActionSpec spec) {
        Require.present(spec, "action");
        return new Action(ActionId.newId(), spec.title(), spec.sector(), spec.kind(), spec.responsible(),
                spec.dueDate(), spec.estimatedCost(), spec.costShares(), spec.pdesc(), spec.addresses(),
                spec.carriedFrom(), ActionStatus.PLANNED, null, null, List.of());
    }

    /** The pledges added up: within {@link Money#MAX_AMOUNT}, an invariant of the action. */
    public Money pledged() {
        return costShares.stream().map(CostShare::pledged).reduce(Money.zero(estimatedCost.currency()), Money::plus);
    }

    /** The deliveries added up: no more than the pledges. */
    public Money delivered() {
        return costShares.stream().map(CostShare::delivered).reduce(Money.zero(estimatedCost.currency()), Money::plus);
    }

    public Optional<CostShare> shareOf(OrganisationId party, ContributionForm form) {
        return costShares.stream().filter(s -> s.isOf(party, form)).findFirst();
    }

    public Optional<PdescReference> pdescReference() {
        return Optional.ofNullable(pdesc);
    }

    public Optional<ActionId> carriedFromAction() {
        return Optional.ofNullable(carriedFrom);
    }

    /** Done no later than its due date. */
    public boolean isDoneOnSchedule() {
        return status == ActionStatus.DONE && !completedOn.isAfter(dueDate);
    }

    /** Still open after its due date. */
    public boolean isOverdueOn(LocalDate day) {
        return !status.isClosed() && day.isAfter(dueDate);
    }

    /**
     * The spec of the same action in a next plan, due on {@code newDueDate}, with what remains to deliver.
     * Its estimated cost is what was not delivered yet, and zero when the deliveries reached the estimate.
     */
    public ActionSpec carryOver(LocalDate newDueDate) {
        List<CostShare> remaining = costShares.stream().filter(s -> !s.isFullyDelivered())
                .map(s -> CostShare.pledge(s.party(), s.form(), s.outstanding())).toList();
        Money alreadyDelivered = delivered();
        Money remainingCost = alreadyDelivered.isGreaterThan(estimatedCost) ? Money.zero(estimatedCost.currency())
                : estimatedCost.minus(alreadyDelivered);
        return new ActionSpec(title, sector, kind, responsible, newDueDate,
                remainingCost, remaining, pdesc, addresses, id);
    }

    Action withStatus(ActionStatus next, String reason, LocalDate on) {
        return new Action(id, title, sector, kind, responsible, dueDate, estimatedCost, costShares, pdesc, addresses,
                carriedFrom, next, reason, next == ActionStatus.DONE ? (completedOn == null ? on : completedOn) : null,
                notes);
    }

    Action withNote(ProgressNote note) {
        List<ProgressNote> more = new ArrayList<>(notes);
        more.add(note);
        return new Action(id, title, sector, kind, responsible, dueDate, estimatedCost, costShares, pdesc, addresses,
                carriedFrom, status, statusReason, completedOn, more);
    }

    Action withShares(List<CostShare> shares) {
        return new Action(id, title, sector, kind, responsible, dueDate, estimatedCost, shares, pdesc, addresses,
                carriedFrom, status, statusReason, completedOn, notes);
    }

    Action withPdesc(PdescReference reference) {
        return new Action(id, title, sector, kind, responsible, dueDate, estimatedCost, costShares, reference,
                addresses, carriedFrom, status, statusReason, completedOn, notes);
    }
}
