package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.meeting.MinutesApproval;
import org.kafo.model.meeting.Postponement;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleBook;

/**
 * A consultation meeting: its convocation and agenda, who attended, its minutes and who approved them;
 * the postponements that moved it to its planned day, and the day it was cancelled if it was.
 */
@Schema(name = "Meeting")
public record MeetingView(UUID id, long version, UUID framework, int sequence, LocalDate plannedOn, String venue,
        MeetingStatus status, ConvocationValue convocation, List<AgendaItemValue> agenda,
        List<AttendanceValue> attendance, LocalDate heldOn, String cancellationReason, MinutesValue minutes,
        List<ApprovalValue> approvals, LocalDate cancelledOn, List<PostponementValue> postponements) {

    /** The meeting moved from one day to a later one, decided on {@code on}. */
    @Schema(name = "Postponement")
    public record PostponementValue(LocalDate from, LocalDate to, String reason, LocalDate on) {

        public static PostponementValue of(Postponement postponement) {
            return new PostponementValue(postponement.from(), postponement.to(), postponement.reason(),
                    postponement.on());
        }
    }

    /** Who convened the meeting, when, and whom. */
    @Schema(name = "Convocation")
    public record ConvocationValue(UUID issuedBy, LocalDate issuedOn, List<UUID> invitees) {
    }

    /** One person present, for a party. */
    @Schema(name = "Attendance")
    public record AttendanceValue(UUID organisation, PartyCategory category, PersonValue person) {

        public static AttendanceValue of(Attendance attendance) {
            return new AttendanceValue(attendance.organisation().value(), attendance.category(),
                    PersonValue.of(attendance.person()));
        }
    }

    /** The written record of the meeting. */
    @Schema(name = "Minutes")
    public record MinutesValue(String text, LocalDate recordedOn) {
    }

    /** A party's word on the minutes. */
    @Schema(name = "MinutesApproval")
    public record ApprovalValue(UUID party, boolean approved, String remark, LocalDate on) {

        public static ApprovalValue of(MinutesApproval approval) {
            return new ApprovalValue(approval.party().value(), approval.approved(), approval.remark(), approval.on());
        }
    }

    /** The meeting, its agenda items read in {@code language} (those the process wrote; the others as typed). */
    public static MeetingView of(Meeting meeting, RuleBook rules, Locale language) {
        return new MeetingView(meeting.id().value(), meeting.version(), meeting.framework().value(), meeting.sequence(),
                meeting.plannedOn(), meeting.venue(), meeting.status(),
                meeting.convocation().map(c -> new ConvocationValue(c.issuedBy().value(), c.issuedOn(),
                        c.invitees().stream().map(i -> i.value()).toList())).orElse(null),
                meeting.agenda().stream().map(item -> AgendaItemValue.of(item, rules, language)).toList(),
                meeting.attendance().stream().map(AttendanceValue::of).toList(),
                meeting.heldOn().orElse(null), meeting.cancellationReason().orElse(null),
                meeting.minutes().map(m -> new MinutesValue(m.text(), m.recordedOn())).orElse(null),
                meeting.approvals().stream().map(ApprovalValue::of).toList(), meeting.cancelledOn().orElse(null),
                meeting.postponements().stream().map(PostponementValue::of).toList());
    }
}
