package org.kafo.persistence.jpa.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;

/**
 * A row of {@code action_plan}, with its actions; the cost shares, needs and progress notes of the
 * actions are kept by the action's id.
 */
@Entity(name = "ActionPlan")
@Table(name = "action_plan")
public class ActionPlanEntity extends AggregateEntity {

    @Column(name = "framework_id", length = 36, nullable = false)
    String frameworkId;

    @Column(name = "cycle", nullable = false)
    int cycle;

    @Column(name = "previous_plan_id", length = 36)
    String previousPlanId;

    @Column(name = "period_start", nullable = false)
    LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    LocalDate periodEnd;

    @Column(name = "adopted_at", length = 36, nullable = false)
    String adoptedAt;

    @Column(name = "adopted_on", nullable = false)
    LocalDate adoptedOn;

    @Column(name = "reviewed_at", length = 36)
    String reviewedAt;

    @Column(name = "reviewed_on")
    LocalDate reviewedOn;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<PlanActionRow> actions = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<PlanActionCostShareRow> costShares = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<PlanActionNeedRow> addressedNeeds = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<PlanActionNoteRow> notes = new ArrayList<>();

    protected ActionPlanEntity() {
    }

    ActionPlanEntity(String id) {
        super(id);
    }

    @Embeddable
    public static class ActionRow {
        @Column(name = "action_id", length = 36, nullable = false)
        String actionId;

        @Column(name = "title", nullable = false)
        String title;

        @Column(name = "sector_code", nullable = false)
        String sectorCode;

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false)
        ActionKind kind;

        @Column(name = "responsible_id", length = 36, nullable = false)
        String responsibleId;

        @Column(name = "due_date", nullable = false)
        LocalDate dueDate;

        @Column(name = "estimated_amount", nullable = false)
        long estimatedAmount;

        @Column(name = "estimated_currency", length = 3, nullable = false)
        String estimatedCurrency;

        @Column(name = "pdesc_entry")
        String pdescEntry;

        @Column(name = "budget_line")
        String budgetLine;

        @Column(name = "carried_from", length = 36)
        String carriedFrom;

        @Enumerated(EnumType.STRING)
        @Column(name = "status", nullable = false)
        ActionStatus status;

        @Column(name = "status_reason")
        String statusReason;

        @Column(name = "completed_on")
        LocalDate completedOn;

        protected ActionRow() {
        }

        ActionRow(String actionId, String title, String sectorCode, ActionKind kind, String responsibleId, LocalDate dueDate, long estimatedAmount, String estimatedCurrency, String pdescEntry, String budgetLine, String carriedFrom, ActionStatus status, String statusReason, LocalDate completedOn) {
            this.actionId = actionId;
            this.title = title;
            this.sectorCode = sectorCode;
            this.kind = kind;
            this.responsibleId = responsibleId;
            this.dueDate = dueDate;
            this.estimatedAmount = estimatedAmount;
            this.estimatedCurrency = estimatedCurrency;
            this.pdescEntry = pdescEntry;
            this.budgetLine = budgetLine;
            this.carriedFrom = carriedFrom;
            this.status = status;
            this.statusReason = statusReason;
            this.completedOn = completedOn;
        }

        String actionId() {
            return actionId;
        }

        String title() {
            return title;
        }

        String sectorCode() {
            return sectorCode;
        }

        ActionKind kind() {
            return kind;
        }

        String responsibleId() {
            return responsibleId;
        }

        LocalDate dueDate() {
            return dueDate;
        }

        long estimatedAmount() {
            return estimatedAmount;
        }

        String estimatedCurrency() {
            return estimatedCurrency;
        }

        String pdescEntry() {
            return pdescEntry;
        }

        String budgetLine() {
            return budgetLine;
        }

        String carriedFrom() {
            return carriedFrom;
        }

        ActionStatus status() {
            return status;
        }

        String statusReason() {
            return statusReason;
        }

        LocalDate completedOn() {
            return completedOn;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ActionRow that && Objects.equals(actionId, that.actionId) && Objects.equals(title, that.title) && Objects.equals(sectorCode, that.sectorCode) && Objects.equals(kind, that.kind) && Objects.equals(responsibleId, that.responsibleId) && Objects.equals(dueDate, that.dueDate) && estimatedAmount == that.estimatedAmount && Objects.equals(estimatedCurrency, that.estimatedCurrency) && Objects.equals(pdescEntry, that.pdescEntry) && Objects.equals(budgetLine, that.budgetLine) && Objects.equals(carriedFrom, that.carriedFrom) && Objects.equals(status, that.status) && Objects.equals(statusReason, that.statusReason) && Objects.equals(completedOn, that.completedOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actionId, title, sectorCode, kind, responsibleId, dueDate, estimatedAmount, estimatedCurrency, pdescEntry, budgetLine, carriedFrom, status, statusReason, completedOn);
        }
    }

    @Embeddable
    public static class CostShareRow {
        @Column(name = "action_id", length = 36, nullable = false)
        String actionId;

        @Column(name = "party_id", length = 36, nullable = false)
        String partyId;

        @Enumerated(EnumType.STRING)
        @Column(name = "contribution_form", nullable = false)
        ContributionForm form;

        @Column(name = "pledged_amount", nullable = false)
        long pledgedAmount;

        @Column(name = "delivered_amount", nullable = false)
        long deliveredAmount;

        @Column(name = "currency", length = 3, nullable = false)
        String currency;

        protected CostShareRow() {
        }

        CostShareRow(String actionId, String partyId, ContributionForm form, long pledgedAmount, long deliveredAmount, String currency) {
            this.actionId = actionId;
            this.partyId = partyId;
            this.form = form;
            this.pledgedAmount = pledgedAmount;
            this.deliveredAmount = deliveredAmount;
            this.currency = currency;
        }

        String actionId() {
            return actionId;
        }

        String partyId() {
            return partyId;
        }

        ContributionForm form() {
            return form;
        }

        long pledgedAmount() {
            return pledgedAmount;
        }

        long deliveredAmount() {
            return deliveredAmount;
        }

        String currency() {
            return currency;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CostShareRow that && Objects.equals(actionId, that.actionId) && Objects.equals(partyId, that.partyId) && Objects.equals(form, that.form) && pledgedAmount == that.pledgedAmount && deliveredAmount == that.deliveredAmount && Objects.equals(currency, that.currency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actionId, partyId, form, pledgedAmount, deliveredAmount, currency);
        }
    }

    @Embeddable
    public static class ActionNeedRow {
        @Column(name = "action_id", length = 36, nullable = false)
        String actionId;

        @Column(name = "need_id", length = 36, nullable = false)
        String needId;

        protected ActionNeedRow() {
        }

        ActionNeedRow(String actionId, String needId) {
            this.actionId = actionId;
            this.needId = needId;
        }

        String actionId() {
            return actionId;
        }

        String needId() {
            return needId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ActionNeedRow that && Objects.equals(actionId, that.actionId) && Objects.equals(needId, that.needId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actionId, needId);
        }
    }

    @Embeddable
    public static class ProgressNoteRow {
        @Column(name = "action_id", length = 36, nullable = false)
        String actionId;

        @Column(name = "noted_on", nullable = false)
        LocalDate notedOn;

        @Column(name = "author_id", length = 36, nullable = false)
        String authorId;

        @Column(name = "note_text", nullable = false)
        String text;

        protected ProgressNoteRow() {
        }

        ProgressNoteRow(String actionId, LocalDate notedOn, String authorId, String text) {
            this.actionId = actionId;
            this.notedOn = notedOn;
            this.authorId = authorId;
            this.text = text;
        }

        String actionId() {
            return actionId;
        }

        LocalDate notedOn() {
            return notedOn;
        }

        String authorId() {
            return authorId;
        }

        String text() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ProgressNoteRow that && Objects.equals(actionId, that.actionId) && Objects.equals(notedOn, that.notedOn) && Objects.equals(authorId, that.authorId) && Objects.equals(text, that.text);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actionId, notedOn, authorId, text);
        }
    }

    /** A row of {@code plan_action}. */
    @Entity(name = "PlanAction")
    @Table(name = "plan_action")
    @IdClass(RowKey.class)
    public static class PlanActionRow implements Row<ActionRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "plan_id", nullable = false)
        ActionPlanEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        ActionRow value;

        protected PlanActionRow() {
        }

        PlanActionRow(ActionPlanEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public ActionRow value() {
            return value;
        }

        @Override
        public void value(ActionRow value) {
            this.value = value;
        }
    }

    /** A row of {@code plan_action_cost_share}. */
    @Entity(name = "PlanActionCostShare")
    @Table(name = "plan_action_cost_share")
    @IdClass(RowKey.class)
    public static class PlanActionCostShareRow implements Row<CostShareRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "plan_id", nullable = false)
        ActionPlanEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        CostShareRow value;

        protected PlanActionCostShareRow() {
        }

        PlanActionCostShareRow(ActionPlanEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public CostShareRow value() {
            return value;
        }

        @Override
        public void value(CostShareRow value) {
            this.value = value;
        }
    }

    /** A row of {@code plan_action_need}. */
    @Entity(name = "PlanActionNeed")
    @Table(name = "plan_action_need")
    @IdClass(RowKey.class)
    public static class PlanActionNeedRow implements Row<ActionNeedRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "plan_id", nullable = false)
        ActionPlanEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        ActionNeedRow value;

        protected PlanActionNeedRow() {
        }

        PlanActionNeedRow(ActionPlanEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public ActionNeedRow value() {
            return value;
        }

        @Override
        public void value(ActionNeedRow value) {
            this.value = value;
        }
    }

    /** A row of {@code plan_action_note}. */
    @Entity(name = "PlanActionNote")
    @Table(name = "plan_action_note")
    @IdClass(RowKey.class)
    public static class PlanActionNoteRow implements Row<ProgressNoteRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "plan_id", nullable = false)
        ActionPlanEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        ProgressNoteRow value;

        protected PlanActionNoteRow() {
        }

        PlanActionNoteRow(ActionPlanEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public ProgressNoteRow value() {
            return value;
        }

        @Override
        public void value(ProgressNoteRow value) {
            this.value = value;
        }
    }
}
