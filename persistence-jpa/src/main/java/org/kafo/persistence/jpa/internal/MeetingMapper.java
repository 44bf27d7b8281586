package org.kafo.persistence.jpa.internal;

import static org.kafo.persistence.jpa.internal.Keys.id;
import static org.kafo.persistence.jpa.internal.Keys.key;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.Minutes;
import org.kafo.model.meeting.MinutesApproval;
import org.kafo.model.meeting.Postponement;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.persistence.jpa.internal.MeetingEntity.AgendaItemRow;
import org.kafo.persistence.jpa.internal.MeetingEntity.ApprovalRow;
import org.kafo.persistence.jpa.internal.MeetingEntity.AttendanceRow;
import org.kafo.persistence.jpa.internal.MeetingEntity.PostponementRow;

/** Maps meetings. */
final class MeetingMapper implements EntityMapper<Meeting.State, MeetingEntity> {

    @Override
    public Meeting.State read(MeetingEntity e) {
        Convocation convocation = e.convenedBy == null ? null : new Convocation(id(e.convenedBy, OrganisationId::new),
                e.convenedOn, Row.values(e.invitees).stream().map(i -> id(i, OrganisationId::new)).toList());
        Minutes minutes = e.minutesText == null ? null : new Minutes(e.minutesText, e.minutesRecordedOn);
        return new Meeting.State(id(e.id, MeetingId::new), id(e.frameworkId, FrameworkId::new), e.sequence,
                e.plannedOn, e.venue, e.status, convocation,
                Row.values(e.agenda).stream()
                        .map(a -> new AgendaItem(a.title(), a.kind(), id(a.referenceId(), uuid -> uuid), a.subject()))
                        .toList(),
                Row.values(e.attendance).stream().map(a -> new Attendance(id(a.organisationId(), OrganisationId::new),
                        a.category(), a.person().toPerson())).toList(),
                e.heldOn, e.cancellationReason, minutes,
                Row.values(e.approvals).stream().map(a -> new MinutesApproval(id(a.partyId(), OrganisationId::new), a.approved(),
                        a.remark(), a.approvedOn())).toList(),
                e.cancelledOn, Row.values(e.postponements).stream().map(p -> new Postponement(p.from(), p.to(), p.reason(),
                        p.on())).toList());
    }

    @Override
    public void write(Meeting.State s, MeetingEntity e) {
        e.frameworkId = key(s.framework());
        e.sequence = s.sequence();
        e.plannedOn = s.plannedOn();
        e.venue = s.venue();
        e.status = s.status();
        Convocation convocation = s.convocation();
        e.convenedBy = convocation == null ? null : key(convocation.issuedBy());
        e.convenedOn = convocation == null ? null : convocation.issuedOn();
        Row.sync(e, e.invitees, convocation == null ? List.of() : convocation.invitees().stream().map(Keys::key).toList(), MeetingEntity.MeetingInviteeRow::new);
        e.heldOn = s.heldOn();
        e.cancellationReason = s.cancellationReason();
        e.cancelledOn = s.cancelledOn();
        Row.sync(e, e.postponements, s.postponements().stream().map(p -> new PostponementRow(p.from(), p.to(), p.reason(),
                p.on())).toList(), MeetingEntity.MeetingPostponementRow::new);
        e.minutesText = s.minutes() == null ? null : s.minutes().text();
        e.minutesRecordedOn = s.minutes() == null ? null : s.minutes().recordedOn();
        Row.sync(e, e.agenda, s.agenda().stream().map(a -> new AgendaItemRow(a.title(), a.kind(),
                a.reference() == null ? null : a.reference().toString(), a.subject())).toList(),
                MeetingEntity.MeetingAgendaItemRow::new);
        Row.sync(e, e.attendance, s.attendance().stream().map(a -> new AttendanceRow(key(a.organisation()), a.category(),
                PersonColumns.of(a.person()))).toList(), MeetingEntity.MeetingAttendanceRow::new);
        Row.sync(e, e.approvals, s.approvals().stream().map(a -> new ApprovalRow(key(a.party()), a.approved(), a.remark(),
                a.on())).toList(), MeetingEntity.MeetingMinutesApprovalRow::new);
    }
}
