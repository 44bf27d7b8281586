package org.kafo.rules.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.common.Require;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.Minutes;
import org.kafo.model.meeting.MinutesApproval;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.Situation;
import org.kafo.rules.command.ApproveMinutes;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordMinutes;

/** Consultation meetings: convened with the agenda the process builds, attended, held, minuted. */
final class MeetingUseCases extends UseCases {

    MeetingUseCases(ChangeFlow flow) {
        super(flow);
    }

    /**
     * Plans the framework's next meeting (numbered after the existing ones) and convenes it with the
     * built agenda; with no invitees in the command, every current member is invited. The framework
     * is saved with it, so that two meetings convened on the same version of it cannot share a number.
     */
    Outcome<Meeting> convene(ConveneMeeting command) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(command.framework());
            List<OrganisationId> involved = new ArrayList<>(command.invitees());
            involved.add(command.convenedBy());
            Situation situation = flow.situation(framework, involved);
            return Intent.within(situation, changes -> {
                // The number is decided on this version of the framework, saved with the meeting.
                changes.add(framework);
                int sequence = situation.meetings().stream().mapToInt(Meeting::sequence).max().orElse(0) + 1;
                Meeting meeting = Meeting.plan(framework.id(), sequence, command.plannedOn(), command.venue());
                List<OrganisationId> invitees = command.invitees().isEmpty()
                        ? framework.currentMembers().stream().map(Membership::organisation).toList()
                        : command.invitees();
                meeting.convene(new Convocation(command.convenedBy(), command.issuedOn(), invitees),
                        ConvocationAgenda.build(situation, command.additionalItems()));
                return meeting;
            });
        });
    }

    Outcome<Meeting> recordAttendance(RecordAttendance command) {
        List<OrganisationId> involved = command.attendees().stream().map(Attendance::organisation).toList();
        return onMeeting(command, command.meeting(), involved, meeting -> {
            Require.state(!command.attendees().isEmpty(), "attendance.none", "the attendance sheet names nobody");
            command.attendees().forEach(attendee -> meeting.recordAttendance(attendee, command.on()));
        });
    }

    /**
     * The meeting is held. The first meeting held activates an established framework, and every
     * unresolved obstacle on the agenda is marked as reported to this meeting.
     */
    Outcome<Meeting> hold(HoldMeeting command) {
        return flow.run(command, () -> {
            Meeting meeting = repositories.meetings().get(command.meeting());
            ConsultationFramework framework = repositories.frameworks().get(meeting.framework());
            return Intent.within(flow.situation(framework), changes -> {
                meeting.hold(command.on());
                if (framework.status() == FrameworkStatus.ESTABLISHED) {
                    framework.activate(command.on());
                    changes.add(framework);
                }
                Optional<MonitoringCommittee> committee = repositories.committees().findByFramework(framework.id());
                committee.ifPresent(c -> reportObstaclesOnAgenda(c, meeting, command, changes));
                return meeting;
            });
        });
    }

    private static void reportObstaclesOnAgenda(MonitoringCommittee committee, Meeting meeting, HoldMeeting command,
            Changes changes) {
        for (Obstacle obstacle : committee.unresolvedObstacles()) {
            boolean onAgenda = meeting.agenda().stream().filter(item -> item.kind() == AgendaItemKind.OBSTACLE)
                    .anyMatch(item -> item.isAbout(obstacle.id().value()));
            if (onAgenda) {
                committee.reportObstacle(obstacle.id(), meeting.id(), command.on());
                changes.add(committee);
            }
        }
    }

    /** The meeting moves to a later day and keeps its number; the postponement joins its history. */
    Outcome<Meeting> postpone(PostponeMeeting command) {
        return onMeeting(command, command.meeting(), List.of(),
                meeting -> meeting.postpone(command.newDate(), command.reason(), command.on()));
    }

    /** The meeting will not take place; it keeps its number, and the next meeting convened gets the next one. */
    Outcome<Meeting> cancel(CancelMeeting command) {
        return onMeeting(command, command.meeting(), List.of(),
                meeting -> meeting.cancel(command.reason(), command.on()));
    }

    Outcome<Meeting> recordMinutes(RecordMinutes command) {
        return onMeeting(command, command.meeting(), List.of(),
                meeting -> meeting.recordMinutes(new Minutes(command.text(), command.on())));
    }

    Outcome<Meeting> approveMinutes(ApproveMinutes command) {
        return onMeeting(command, command.meeting(), List.of(command.party()), meeting -> meeting.approveMinutes(
                new MinutesApproval(command.party(), command.approved(), command.remark(), command.on())));
    }

    /** A change to a meeting, in the situation of the meeting's framework. */
    private Outcome<Meeting> onMeeting(Command command, MeetingId id, List<OrganisationId> involved,
            Consumer<Meeting> change) {
        return inFrameworkOf(command, () -> repositories.meetings().get(id), Meeting::framework, involved, change);
    }
}
