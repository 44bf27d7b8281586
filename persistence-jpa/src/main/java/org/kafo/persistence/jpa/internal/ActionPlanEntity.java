package org.kafo.persistence.jpa.internal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
public class ActionPlanEntity extends FrameworkScopedEntity {

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

    @Embeddable
    public record ActionRow(
            @Column(name = "action_id", length = 36, nullable = false) String actionId,
            @Column(name = "title", nullable = false) String title,
            @Column(name = "sector_code", nullable = false) String sectorCode,
            @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false) ActionKind kind,
            @Column(name = "responsible_id", length = 36, nullable = false) String responsibleId,
            @Column(name = "due_date", nullable = false) LocalDate dueDate,
            @Column(name = "estimated_amount", nullable = false) long estimatedAmount,
            @Column(name = "estimated_currency", length = 3, nullable = false) String estimatedCurrency,
            @Column(name = "pdesc_entry") String pdescEntry,
            @Column(name = "budget_line") String budgetLine,
            @Column(name = "carried_from", length = 36) String carriedFrom,
            @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false) ActionStatus status,
            @Column(name = "status_reason") String statusReason,
            @Column(name = "completed_on") LocalDate completedOn) {
    }

    @Embeddable
    public record CostShareRow(
            @Column(name = "action_id", length = 36, nullable = false) String actionId,
            @Column(name = "party_id", length = 36, nullable = false) String partyId,
            @Enumerated(EnumType.STRING) @Column(name = "contribution_form", nullable = false) ContributionForm form,
            @Column(name = "pledged_amount", nullable = false) long pledgedAmount,
            @Column(name = "delivered_amount", nullable = false) long deliveredAmount,
            @Column(name = "currency", length = 3, nullable = false) String currency) {
    }

    @Embeddable
    public record ActionNeedRow(
            @Column(name = "action_id", length = 36, nullable = false) String actionId,
            @Column(name = "need_id", length = 36, nullable = false) String needId) {
    }

    @Embeddable
    public record ProgressNoteRow(
            @Column(name = "action_id", length = 36, nullable = false) String actionId,
            @Column(name = "noted_on", nullable = false) LocalDate notedOn,
            @Column(name = "author_id", length = 36, nullable = false) String authorId,
            @Column(name = "note_text", nullable = false) String text) {
    }

    /** A row of {@code plan_action}. */
    @Entity
    @Table(name = "plan_action")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "plan_id"))
    public static class PlanActionRow extends Row<ActionPlanEntity, ActionRow> {
    }

    /** A row of {@code plan_action_cost_share}. */
    @Entity
    @Table(name = "plan_action_cost_share")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "plan_id"))
    public static class PlanActionCostShareRow extends Row<ActionPlanEntity, CostShareRow> {
    }

    /** A row of {@code plan_action_need}. */
    @Entity
    @Table(name = "plan_action_need")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "plan_id"))
    public static class PlanActionNeedRow extends Row<ActionPlanEntity, ActionNeedRow> {
    }

    /** A row of {@code plan_action_note}. */
    @Entity
    @Table(name = "plan_action_note")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "plan_id"))
    public static class PlanActionNoteRow extends Row<ActionPlanEntity, ProgressNoteRow> {
    }
}
