package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.committee.ProgressReport;
import org.kafo.model.organisation.PartyCategory;

/** The monitoring committee of a framework: members, mandate in force and its revisions, reports, obstacles. */
@Schema(name = "MonitoringCommittee")
public record CommitteeView(UUID id, long version, UUID framework, UUID installedAt, LocalDate installedOn,
        List<MemberValue> members, MandateValue currentMandate, int mandateRevisions, int reports,
        long unresolvedObstacles) {

    /** A person on the committee for a party, for a while: from the day they joined to their last day, and why they left. */
    @Schema(name = "CommitteeMember")
    public record MemberValue(UUID organisation, PartyCategory category, PersonValue person, LocalDate from,
            LocalDate to, boolean current, String leavingReason) {

        public static MemberValue of(CommitteeMember member) {
            return new MemberValue(member.organisation().value(), member.category(), PersonValue.of(member.person()),
                    member.effective().from(), member.effective().to(), member.isCurrent(), member.leavingReason());
        }
    }

    /** One written revision of the mandate. */
    @Schema(name = "Mandate")
    public record MandateValue(int revision, LocalDate adoptedOn, String scope, List<String> duties,
            PeriodValue period, UUID plan, String reason) {

        public static MandateValue of(Mandate mandate) {
            return new MandateValue(mandate.revision(), mandate.adoptedOn(), mandate.scope(), mandate.duties(),
                    PeriodValue.of(mandate.period()), mandate.plan().value(), mandate.reason());
        }
    }

    /** A progress report on a plan. */
    @Schema(name = "ProgressReport")
    public record ReportValue(UUID id, UUID plan, LocalDate filedOn, String summary) {

        public static ReportValue of(ProgressReport report) {
            return new ReportValue(report.id().value(), report.plan().value(), report.filedOn(), report.summary());
        }
    }

    /** What blocks an action, the meeting it was reported to, and how it was solved. */
    @Schema(name = "Obstacle")
    public record ObstacleValue(UUID id, UUID plan, UUID action, String description, LocalDate raisedOn,
            ObstacleStatus status, UUID reportedTo, String resolution, LocalDate resolvedOn) {

        public static ObstacleValue of(Obstacle obstacle) {
            return new ObstacleValue(obstacle.id().value(), obstacle.plan().value(), obstacle.action().value(),
                    obstacle.description(), obstacle.raisedOn(), obstacle.status(),
                    obstacle.reportedToMeeting().map(m -> m.value()).orElse(null), obstacle.resolution(),
                    obstacle.resolvedOn());
        }
    }

    public static CommitteeView of(MonitoringCommittee committee) {
        return new CommitteeView(committee.id().value(), committee.version(), committee.framework().value(),
                committee.installedAt().value(), committee.installedOn(),
                committee.currentMembers().stream().map(MemberValue::of).toList(),
                MandateValue.of(committee.currentMandate()), committee.mandateHistory().size(),
                committee.reports().size(), committee.unresolvedObstacles().size());
    }
}
