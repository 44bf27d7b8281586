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
import org.kafo.model.common.Sex;
import org.kafo.model.organisation.PartyCategory;

/**
 * A row of {@code committee}, with its members, mandate revisions (their duties kept by revision
 * number), progress reports and obstacles.
 */
@Entity(name = "Committee")
@Table(name = "committee")
public class CommitteeEntity extends AggregateEntity {

    @Column(name = "framework_id", length = 36, nullable = false)
    String frameworkId;

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

    protected CommitteeEntity() {
    }

    CommitteeEntity(String id) {
        super(id);
    }

    @Embeddable
    public static class MemberRow {
        @Column(name = "organisation_id", length = 36, nullable = false)
        String organisationId;

        @Enumerated(EnumType.STRING)
        @Column(name = "category", nullable = false)
        PartyCategory category;

        @Column(name = "name", nullable = false)
        String name;

        @Enumerated(EnumType.STRING)
        @Column(name = "sex", nullable = false)
        Sex sex;

        @Column(name = "youth", nullable = false)
        boolean youth;

        @Column(name = "person_role")
        String role;

        @Column(name = "effective_from", nullable = false)
        LocalDate effectiveFrom;

        @Column(name = "effective_to")
        LocalDate effectiveTo;

        protected MemberRow() {
        }

        MemberRow(String organisationId, PartyCategory category, String name, Sex sex, boolean youth, String role, LocalDate effectiveFrom, LocalDate effectiveTo) {
            this.organisationId = organisationId;
            this.category = category;
            this.name = name;
            this.sex = sex;
            this.youth = youth;
            this.role = role;
            this.effectiveFrom = effectiveFrom;
            this.effectiveTo = effectiveTo;
        }

        String organisationId() {
            return organisationId;
        }

        PartyCategory category() {
            return category;
        }

        String name() {
            return name;
        }

        Sex sex() {
            return sex;
        }

        boolean youth() {
            return youth;
        }

        String role() {
            return role;
        }

        LocalDate effectiveFrom() {
            return effectiveFrom;
        }

        LocalDate effectiveTo() {
            return effectiveTo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MemberRow that && Objects.equals(organisationId, that.organisationId) && Objects.equals(category, that.category) && Objects.equals(name, that.name) && Objects.equals(sex, that.sex) && youth == that.youth && Objects.equals(role, that.role) && Objects.equals(effectiveFrom, that.effectiveFrom) && Objects.equals(effectiveTo, that.effectiveTo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, category, name, sex, youth, role, effectiveFrom, effectiveTo);
        }
    }

    @Embeddable
    public static class MandateRow {
        @Column(name = "revision", nullable = false)
        int revision;

        @Column(name = "adopted_on", nullable = false)
        LocalDate adoptedOn;

        @Column(name = "scope", nullable = false)
        String scope;

        @Column(name = "period_start", nullable = false)
        LocalDate periodStart;

        @Column(name = "period_end", nullable = false)
        LocalDate periodEnd;

        @Column(name = "plan_id", length = 36, nullable = false)
        String planId;

        @Column(name = "reason")
        String reason;

        protected MandateRow() {
        }

        MandateRow(int revision, LocalDate adoptedOn, String scope, LocalDate periodStart, LocalDate periodEnd, String planId, String reason) {
            this.revision = revision;
            this.adoptedOn = adoptedOn;
            this.scope = scope;
            this.periodStart = periodStart;
            this.periodEnd = periodEnd;
            this.planId = planId;
            this.reason = reason;
        }

        int revision() {
            return revision;
        }

        LocalDate adoptedOn() {
            return adoptedOn;
        }

        String scope() {
            return scope;
        }

        LocalDate periodStart() {
            return periodStart;
        }

        LocalDate periodEnd() {
            return periodEnd;
        }

        String planId() {
            return planId;
        }

        String reason() {
            return reason;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MandateRow that && revision == that.revision && Objects.equals(adoptedOn, that.adoptedOn) && Objects.equals(scope, that.scope) && Objects.equals(periodStart, that.periodStart) && Objects.equals(periodEnd, that.periodEnd) && Objects.equals(planId, that.planId) && Objects.equals(reason, that.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(revision, adoptedOn, scope, periodStart, periodEnd, planId, reason);
        }
    }

    @Embeddable
    public static class DutyRow {
        @Column(name = "revision", nullable = false)
        int revision;

        @Column(name = "duty", nullable = false)
        String duty;

        protected DutyRow() {
        }

        DutyRow(int revision, String duty) {
            this.revision = revision;
            this.duty = duty;
        }

        int revision() {
            return revision;
        }

        String duty() {
            return duty;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DutyRow that && revision == that.revision && Objects.equals(duty, that.duty);
        }

        @Override
        public int hashCode() {
            return Objects.hash(revision, duty);
        }
    }

    @Embeddable
    public static class ReportRow {
        @Column(name = "report_id", length = 36, nullable = false)
        String reportId;

        @Column(name = "plan_id", length = 36, nullable = false)
        String planId;

        @Column(name = "filed_on", nullable = false)
        LocalDate filedOn;

        @Column(name = "summary", nullable = false)
        String summary;

        protected ReportRow() {
        }

        ReportRow(String reportId, String planId, LocalDate filedOn, String summary) {
            this.reportId = reportId;
            this.planId = planId;
            this.filedOn = filedOn;
            this.summary = summary;
        }

        String reportId() {
            return reportId;
        }

        String planId() {
            return planId;
        }

        LocalDate filedOn() {
            return filedOn;
        }

        String summary() {
            return summary;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReportRow that && Objects.equals(reportId, that.reportId) && Objects.equals(planId, that.planId) && Objects.equals(filedOn, that.filedOn) && Objects.equals(summary, that.summary);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, planId, filedOn, summary);
        }
    }

    @Embeddable
    public static class ObstacleRow {
        @Column(name = "obstacle_id", length = 36, nullable = false)
        String obstacleId;

        @Column(name = "plan_id", length = 36, nullable = false)
        String planId;

        @Column(name = "action_id", length = 36, nullable = false)
        String actionId;

        @Column(name = "description", nullable = false)
        String description;

        @Column(name = "raised_on", nullable = false)
        LocalDate raisedOn;

        @Column(name = "reported_to", length = 36)
        String reportedTo;

        @Column(name = "resolution")
        String resolution;

        @Column(name = "resolved_on")
        LocalDate resolvedOn;

        protected ObstacleRow() {
        }

        ObstacleRow(String obstacleId, String planId, String actionId, String description, LocalDate raisedOn, String reportedTo, String resolution, LocalDate resolvedOn) {
            this.obstacleId = obstacleId;
            this.planId = planId;
            this.actionId = actionId;
            this.description = description;
            this.raisedOn = raisedOn;
            this.reportedTo = reportedTo;
            this.resolution = resolution;
            this.resolvedOn = resolvedOn;
        }

        String obstacleId() {
            return obstacleId;
        }

        String planId() {
            return planId;
        }

        String actionId() {
            return actionId;
        }

        String description() {
            return description;
        }

        LocalDate raisedOn() {
            return raisedOn;
        }

        String reportedTo() {
            return reportedTo;
        }

        String resolution() {
            return resolution;
        }

        LocalDate resolvedOn() {
            return resolvedOn;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ObstacleRow that && Objects.equals(obstacleId, that.obstacleId) && Objects.equals(planId, that.planId) && Objects.equals(actionId, that.actionId) && Objects.equals(description, that.description) && Objects.equals(raisedOn, that.raisedOn) && Objects.equals(reportedTo, that.reportedTo) && Objects.equals(resolution, that.resolution) && Objects.equals(resolvedOn, that.resolvedOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(obstacleId, planId, actionId, description, raisedOn, reportedTo, resolution, resolvedOn);
        }
    }

    /** A row of {@code committee_member}. */
    @Entity(name = "CommitteeMember")
    @Table(name = "committee_member")
    @IdClass(RowKey.class)
    public static class CommitteeMemberRow implements Row<MemberRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "committee_id", nullable = false)
        CommitteeEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        MemberRow value;

        protected CommitteeMemberRow() {
        }

        CommitteeMemberRow(CommitteeEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public MemberRow value() {
            return value;
        }

        @Override
        public void value(MemberRow value) {
            this.value = value;
        }
    }

    /** A row of {@code committee_mandate}. */
    @Entity(name = "CommitteeMandate")
    @Table(name = "committee_mandate")
    @IdClass(RowKey.class)
    public static class CommitteeMandateRow implements Row<MandateRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "committee_id", nullable = false)
        CommitteeEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        MandateRow value;

        protected CommitteeMandateRow() {
        }

        CommitteeMandateRow(CommitteeEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public MandateRow value() {
            return value;
        }

        @Override
        public void value(MandateRow value) {
            this.value = value;
        }
    }

    /** A row of {@code committee_mandate_duty}. */
    @Entity(name = "CommitteeMandateDuty")
    @Table(name = "committee_mandate_duty")
    @IdClass(RowKey.class)
    public static class CommitteeMandateDutyRow implements Row<DutyRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "committee_id", nullable = false)
        CommitteeEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        DutyRow value;

        protected CommitteeMandateDutyRow() {
        }

        CommitteeMandateDutyRow(CommitteeEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public DutyRow value() {
            return value;
        }

        @Override
        public void value(DutyRow value) {
            this.value = value;
        }
    }

    /** A row of {@code committee_report}. */
    @Entity(name = "CommitteeReport")
    @Table(name = "committee_report")
    @IdClass(RowKey.class)
    public static class CommitteeReportRow implements Row<ReportRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "committee_id", nullable = false)
        CommitteeEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        ReportRow value;

        protected CommitteeReportRow() {
        }

        CommitteeReportRow(CommitteeEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public ReportRow value() {
            return value;
        }

        @Override
        public void value(ReportRow value) {
            this.value = value;
        }
    }

    /** A row of {@code committee_obstacle}. */
    @Entity(name = "CommitteeObstacle")
    @Table(name = "committee_obstacle")
    @IdClass(RowKey.class)
    public static class CommitteeObstacleRow implements Row<ObstacleRow> {
        @Id
        @ManyToOne
        @JoinColumn(name = "committee_id", nullable = false)
        CommitteeEntity owner;

        @Id
        @Column(name = "position", nullable = false)
        int position;

        @Embedded
        ObstacleRow value;

        protected CommitteeObstacleRow() {
        }

        CommitteeObstacleRow(CommitteeEntity owner, int position) {
            this.owner = owner;
            this.position = position;
        }

        @Override
        public ObstacleRow value() {
            return value;
        }

        @Override
        public void value(ObstacleRow value) {
            this.value = value;
        }
    }
}
