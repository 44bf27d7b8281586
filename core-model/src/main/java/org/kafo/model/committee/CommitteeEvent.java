package org.kafo.model.committee;

import java.time.LocalDate;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;

/** What happens to a monitoring committee. */
public sealed interface CommitteeEvent extends DomainEvent {

    record Installed(CommitteeId aggregateId, FrameworkId framework, MeetingId meeting, int members, LocalDate occurredOn)
            implements CommitteeEvent {
    }

    record MemberJoined(CommitteeId aggregateId, CommitteeMember member) implements CommitteeEvent {
        @Override
        public LocalDate occurredOn() {
            return member.effective().from();
        }
    }

    /** {@code reason} is null when none was given. */
    record MemberLeft(CommitteeId aggregateId, OrganisationId organisation, String person, LocalDate occurredOn,
            String reason) implements CommitteeEvent {

        public MemberLeft(CommitteeId aggregateId, OrganisationId organisation, String person, LocalDate occurredOn) {
            this(aggregateId, organisation, person, occurredOn, null);
        }
    }

    record MandateRevised(CommitteeId aggregateId, Mandate mandate) implements CommitteeEvent {
        @Override
        public LocalDate occurredOn() {
            return mandate.adoptedOn();
        }
    }

    record ReportFiled(CommitteeId aggregateId, ProgressReport report) implements CommitteeEvent {
        @Override
        public LocalDate occurredOn() {
            return report.filedOn();
        }
    }

    record ObstacleRecorded(CommitteeId aggregateId, ObstacleId obstacle, ActionId action, LocalDate occurredOn)
            implements CommitteeEvent {
    }

    record ObstacleReported(CommitteeId aggregateId, ObstacleId obstacle, MeetingId meeting, LocalDate occurredOn)
            implements CommitteeEvent {
    }

    record ObstacleResolved(CommitteeId aggregateId, ObstacleId obstacle, String resolution, LocalDate occurredOn)
            implements CommitteeEvent {
    }
}
