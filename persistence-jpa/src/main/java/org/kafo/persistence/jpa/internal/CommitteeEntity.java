package org.kafo.persistence.jpa.internal;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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
import org.kafo.model.organisation.PartyCategory;

/**
 * A row of {@code committee}, with its members, mandate revisions (their duties kept by revision
 * number), progress reports and obstacles.
 */
@Entity(name = "Committee")
@Table(name = "committee")
public class CommitteeEntity extends FrameworkScopedEntity {

    @Column(name = "installed_at", length = 36, nullable = false)
    String installedAt;

    @Column(name = "installed_on", nullable = false)
    LocalDate installedOn;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<CommitteeMemberRow> members = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<CommitteeMandateRow> mandates = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<CommitteeMandateDutyRow> duties = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<CommitteeReportRow> reports = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<CommitteeObstacleRow> obstacles = new ArrayList<>();

    @Embeddable
    public record MemberRow(
            @Column(name = "organisation_id", length = 36, nullable = false) String organisationId,
            @Enumerated(EnumType.STRING) @Column(name = "category", nullable = false) PartyCategory category,
            @Embedded PersonColumns person,
            @Embedded EffectiveColumns effective,
            @Column(name = "leaving_reason") String leavingReason) {
    }

    @Embeddable
    public record MandateRow(
            @Column(name = "revision", nullable = false) int revision,
            @Column(name = "adopted_on", nullable = false) LocalDate adoptedOn,
            @Column(name = "scope", nullable = false) String scope,
            @Column(name = "period_start", nullable = false) LocalDate periodStart,
            @Column(name = "period_end", nullable = false) LocalDate periodEnd,
            @Column(name = "plan_id", length = 36, nullable = false) String planId,
            @Column(name = "reason") String reason) {
    }

    @Embeddable
    public record DutyRow(
            @Column(name = "revision", nullable = false) int revision,
            @Column(name = "duty", nullable = false) String duty) {
    }

    @Embeddable
    public record ReportRow(
            @Column(name = "report_id", length = 36, nullable = false) String reportId,
            @Column(name = "plan_id", length = 36, nullable = false) String planId,
            @Column(name = "filed_on", nullable = false) LocalDate filedOn,
            @Column(name = "summary", nullable = false) String summary) {
    }

    @Embeddable
    public record ObstacleRow(
            @Column(name = "obstacle_id", length = 36, nullable = false) String obstacleId,
            @Column(name = "plan_id", length = 36, nullable = false) String planId,
            @Column(name = "action_id", length = 36, nullable = false) String actionId,
            @Column(name = "description", nullable = false) String description,
            @Column(name = "raised_on", nullable = false) LocalDate raisedOn,
            @Column(name = "reported_to", length = 36) String reportedTo,
            @Column(name = "resolution") String resolution,
            @Column(name = "resolved_on") LocalDate resolvedOn) {
    }

    /** A row of {@code committee_member}. */
    @Entity
    @Table(name = "committee_member")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "committee_id"))
    public static class CommitteeMemberRow extends Row<CommitteeEntity, MemberRow> {
    }

    /** A row of {@code committee_mandate}. */
    @Entity
    @Table(name = "committee_mandate")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "committee_id"))
    public static class CommitteeMandateRow extends Row<CommitteeEntity, MandateRow> {
    }

    /** A row of {@code committee_mandate_duty}. */
    @Entity
    @Table(name = "committee_mandate_duty")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "committee_id"))
    public static class CommitteeMandateDutyRow extends Row<CommitteeEntity, DutyRow> {
    }

    /** A row of {@code committee_report}. */
    @Entity
    @Table(name = "committee_report")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "committee_id"))
    public static class CommitteeReportRow extends Row<CommitteeEntity, ReportRow> {
    }

    /** A row of {@code committee_obstacle}. */
    @Entity
    @Table(name = "committee_obstacle")
    @AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "committee_id"))
    public static class CommitteeObstacleRow extends Row<CommitteeEntity, ObstacleRow> {
    }
}
