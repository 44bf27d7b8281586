package org.kafo.persistence.jpa.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The persistence unit's classes and the settings both units share, in Java SE and in a container.
 * {@code META-INF/persistence.xml} lists the same classes for the container's unit.
 */
public final class Mapping {

    /** Every entity and embeddable of the unit. */
    public static final List<Class<?>> MANAGED_CLASSES = List.of(
            AggregateEntity.class, FrameworkScopedEntity.class, TerritoryEntity.class, Row.class, PersonColumns.class, EffectiveColumns.class,
            RegionEntity.class,
            CercleEntity.class,
            CommuneEntity.class, CommuneEntity.AliasRow.class, CommuneEntity.AssignmentRow.class, CommuneEntity.CommuneAliasRow.class, CommuneEntity.CommuneAssignmentRow.class,
            OrganisationEntity.class, OrganisationEntity.OrganisationSectorRow.class,
            FrameworkEntity.class, FrameworkEntity.MembershipRow.class, FrameworkEntity.MembershipSectorRow.class, FrameworkEntity.RepresentativeRow.class, FrameworkEntity.StatusChangeRow.class, FrameworkEntity.FrameworkSectorRow.class, FrameworkEntity.FrameworkMembershipRow.class, FrameworkEntity.FrameworkMembershipSectorRow.class, FrameworkEntity.FrameworkRepresentativeRow.class, FrameworkEntity.FrameworkStatusChangeRow.class, FrameworkEntity.DeliberationRow.class, FrameworkEntity.FrameworkDeliberationRow.class,
            NeedEntity.class, NeedEntity.NeedActionRow.class,
            MeetingEntity.class, MeetingEntity.AgendaItemRow.class, MeetingEntity.AttendanceRow.class, MeetingEntity.ApprovalRow.class, MeetingEntity.PostponementRow.class, MeetingEntity.MeetingPostponementRow.class, MeetingEntity.MeetingInviteeRow.class, MeetingEntity.MeetingAgendaItemRow.class, MeetingEntity.MeetingAttendanceRow.class, MeetingEntity.MeetingMinutesApprovalRow.class,
            ActionPlanEntity.class, ActionPlanEntity.ActionRow.class, ActionPlanEntity.CostShareRow.class, ActionPlanEntity.ActionNeedRow.class, ActionPlanEntity.ProgressNoteRow.class, ActionPlanEntity.PlanActionRow.class, ActionPlanEntity.PlanActionCostShareRow.class, ActionPlanEntity.PlanActionNeedRow.class, ActionPlanEntity.PlanActionNoteRow.class,
            CommitteeEntity.class, CommitteeEntity.MemberRow.class, CommitteeEntity.MandateRow.class, CommitteeEntity.DutyRow.class, CommitteeEntity.ReportRow.class, CommitteeEntity.ObstacleRow.class, CommitteeEntity.CommitteeMemberRow.class, CommitteeEntity.CommitteeMandateRow.class, CommitteeEntity.CommitteeMandateDutyRow.class, CommitteeEntity.CommitteeReportRow.class, CommitteeEntity.CommitteeObstacleRow.class);

    private Mapping() {
    }

    /**
     * EclipseLink settings of both units: the schema belongs to the migrations, never to the
     * provider; no shared cache, so that every unit of work reads what the database holds (several
     * nodes may write to it) and the version check sees the latest version; JDBC batch writing.
     */
    public static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("eclipselink.ddl-generation", "none");
        settings.put("eclipselink.cache.shared.default", "false");
        settings.put("eclipselink.logging.level", "WARNING");
        // Saves are written together when the unit of work commits: the same statements go in batches.
        settings.put("eclipselink.jdbc.batch-writing", "JDBC");
        return settings;
    }
}
