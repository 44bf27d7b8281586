package org.kafo.persistence.jpa.internal;

import static org.kafo.persistence.jpa.internal.Keys.groupBy;
import static org.kafo.persistence.jpa.internal.Keys.id;
import static org.kafo.persistence.jpa.internal.Keys.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.PlanReview;
import org.kafo.model.plan.ProgressNote;
import org.kafo.persistence.jpa.internal.ActionPlanEntity.ActionNeedRow;
import org.kafo.persistence.jpa.internal.ActionPlanEntity.ActionRow;
import org.kafo.persistence.jpa.internal.ActionPlanEntity.CostShareRow;
import org.kafo.persistence.jpa.internal.ActionPlanEntity.ProgressNoteRow;

/** Maps action plans and their actions. */
final class ActionPlanMapper implements EntityMapper<ActionPlan.State, ActionPlanEntity> {

    @Override
    public ActionPlan.State read(ActionPlanEntity e) {
        Map<String, List<CostShareRow>> shares = groupBy(Row.values(e.costShares), CostShareRow::actionId);
        Map<String, List<ActionNeedRow>> needs = groupBy(Row.values(e.addressedNeeds), ActionNeedRow::actionId);
        Map<String, List<ProgressNoteRow>> notes = groupBy(Row.values(e.notes), ProgressNoteRow::actionId);
        List<Action> actions = new ArrayList<>();
        for (ActionRow a : Row.values(e.actions)) {
            actions.add(new Action(id(a.actionId(), ActionId::new), a.title(), new Sector(a.sectorCode()), a.kind(),
                    id(a.responsibleId(), OrganisationId::new), a.dueDate(),
                    new Money(a.estimatedAmount(), a.estimatedCurrency()),
                    shares.getOrDefault(a.actionId(), List.of()).stream().map(c -> new CostShare(
                            id(c.partyId(), OrganisationId::new), c.form(), new Money(c.pledgedAmount(), c.currency()),
                            new Money(c.deliveredAmount(), c.currency()))).toList(),
                    a.pdescEntry() == null ? null : new PdescReference(a.pdescEntry(), a.budgetLine()),
                    needs.getOrDefault(a.actionId(), List.of()).stream().map(n -> id(n.needId(), NeedId::new)).toList(),
                    id(a.carriedFrom(), ActionId::new), a.status(), a.statusReason(), a.completedOn(),
                    notes.getOrDefault(a.actionId(), List.of()).stream().map(n -> new ProgressNote(n.notedOn(),
                            id(n.authorId(), OrganisationId::new), n.text())).toList()));
        }
        PlanReview review = e.reviewedAt == null ? null : new PlanReview(id(e.reviewedAt, MeetingId::new), e.reviewedOn);
        return new ActionPlan.State(id(e.id, PlanId::new), id(e.frameworkId, FrameworkId::new), e.cycle,
                id(e.previousPlanId, PlanId::new), new Period(e.periodStart, e.periodEnd),
                id(e.adoptedAt, MeetingId::new), e.adoptedOn, actions, review);
    }

    @Override
    public void write(ActionPlan.State s, ActionPlanEntity e) {
        e.frameworkId = key(s.framework());
        e.cycle = s.cycle();
        e.previousPlanId = key(s.previous());
        e.periodStart = s.period().start();
        e.periodEnd = s.period().end();
        e.adoptedAt = key(s.adoptedAt());
        e.adoptedOn = s.adoptedOn();
        e.reviewedAt = s.review() == null ? null : key(s.review().meeting());
        e.reviewedOn = s.review() == null ? null : s.review().reviewedOn();
        List<ActionRow> actions = new ArrayList<>();
        List<CostShareRow> shares = new ArrayList<>();
        List<ActionNeedRow> needs = new ArrayList<>();
        List<ProgressNoteRow> notes = new ArrayList<>();
        for (Action a : s.actions()) {
            String action = key(a.id());
            PdescReference pdesc = a.pdesc();
            actions.add(new ActionRow(action, a.title(), a.sector().code(), a.kind(), key(a.responsible()),
                    a.dueDate(), a.estimatedCost().amount(), a.estimatedCost().currency(),
                    pdesc == null ? null : pdesc.pdescEntry(), pdesc == null ? null : pdesc.budgetLine(),
                    key(a.carriedFrom()), a.status(), a.statusReason(), a.completedOn()));
            for (CostShare c : a.costShares()) {
                shares.add(new CostShareRow(action, key(c.party()), c.form(), c.pledged().amount(),
                        c.delivered().amount(), c.pledged().currency()));
            }
            for (NeedId need : a.addresses()) {
                needs.add(new ActionNeedRow(action, key(need)));
            }
            for (ProgressNote n : a.notes()) {
                notes.add(new ProgressNoteRow(action, n.on(), key(n.author()), n.text()));
            }
        }
        Row.sync(e, e.actions, actions, ActionPlanEntity.PlanActionRow::new);
        Row.sync(e, e.costShares, shares, ActionPlanEntity.PlanActionCostShareRow::new);
        Row.sync(e, e.addressedNeeds, needs, ActionPlanEntity.PlanActionNeedRow::new);
        Row.sync(e, e.notes, notes, ActionPlanEntity.PlanActionNoteRow::new);
    }
}
