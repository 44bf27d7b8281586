package org.kafo.model.meeting;

import java.time.LocalDate;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.framework.FrameworkId;

/** What happens to a meeting. */
public sealed interface MeetingEvent extends DomainEvent {

    /** {@link #occurredOn()} is the day the meeting is planned for. */
    record Planned(MeetingId aggregateId, FrameworkId framework, int sequence, LocalDate plannedOn, String venue)
            implements MeetingEvent {
        @Override
        public LocalDate occurredOn() {
            return plannedOn;
        }
    }

    record Convened(MeetingId aggregateId, Convocation convocation) implements MeetingEvent {
        @Override
        public LocalDate occurredOn() {
            return convocation.issuedOn();
        }
    }

    record AgendaItemAdded(MeetingId aggregateId, AgendaItem item, LocalDate occurredOn) implements MeetingEvent {
    }

    record AttendanceRecorded(MeetingId aggregateId, Attendance attendance, LocalDate occurredOn) implements MeetingEvent {
    }

    record Held(MeetingId aggregateId, int attendees, LocalDate occurredOn) implements MeetingEvent {
    }

    record Cancelled(MeetingId aggregateId, String reason, LocalDate occurredOn) implements MeetingEvent {
    }

    /** {@link #occurredOn()} is the day the postponement was decided. */
    record Postponed(MeetingId aggregateId, Postponement postponement) implements MeetingEvent {
        @Override
        public LocalDate occurredOn() {
            return postponement.on();
        }
    }

    record MinutesRecorded(MeetingId aggregateId, Minutes minutes) implements MeetingEvent {
        @Override
        public LocalDate occurredOn() {
            return minutes.recordedOn();
        }
    }

    record MinutesApproved(MeetingId aggregateId, MinutesApproval approval) implements MeetingEvent {
        @Override
        public LocalDate occurredOn() {
            return approval.on();
        }
    }
}
