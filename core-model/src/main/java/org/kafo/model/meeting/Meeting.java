package org.kafo.model.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

/**
 * A consultation meeting of a framework: planned, convened with an agenda, held with its
 * attendance, and recorded in minutes that the parties approve. Whether it had a quorum is the
 * rule book's question; the meeting only records who came.
 */
public final class Meeting extends AggregateRoot<MeetingId> {

    private final FrameworkId framework;
    private final int sequence;
    private LocalDate plannedOn;
    private final String venue;
    private MeetingStatus status;
    private Convocation convocation;
    private final List<AgendaItem> agenda;
    private final List<Attendance> attendance;
    private LocalDate heldOn;
    private String cancellationReason;
    private LocalDate cancelledOn;
    private final List<Postponement> postponements;
    private Minutes minutes;
    private final List<MinutesApproval> approvals;

    private Meeting(State state, long version) {
        super(state.id(), version);
        this.framework = Require.present(state.framework(), "framework");
        this.sequence = Require.positive(state.sequence(), "sequence");
        this.plannedOn = Require.day(state.plannedOn(), "planned on");
        this.venue = Require.text(state.venue(), "venue", Limits.NAME);
        this.status = Require.present(state.status(), "status");
        this.convocation = state.convocation();
        this.agenda = new ArrayList<>(Require.list(state.agenda(), "agenda"));
        this.attendance = new ArrayList<>(Require.list(state.attendance(), "attendance"));
        this.heldOn = Require.optionalDay(state.heldOn(), "held on");
        this.cancellationReason = Require.optionalText(state.cancellationReason(), "cancellation reason", Limits.TEXT);
        this.minutes = state.minutes();
        this.approvals = new ArrayList<>(Require.list(state.approvals(), "approvals"));
        this.cancelledOn = Require.optionalDay(state.cancelledOn(), "cancelled on");
        this.postponements = new ArrayList<>(Require.optionalList(state.postponements(), "postponements"));
        Require.state(cancelledOn == null || status == MeetingStatus.CANCELLED, "meeting.cancelled-on",
                "only a cancelled meeting has the day it was cancelled");
        for (int i = 0; i < postponements.size(); i++) {
            LocalDate next = i + 1 < postponements.size() ? postponements.get(i + 1).from() : plannedOn;
            Require.state(postponements.get(i).to().equals(next), "meeting.postponements",
                    "each postponement moves the meeting to the day the next one moves it from, the last to its planned day");
        }
        Require.state((status == MeetingStatus.HELD) == (heldOn != null), "meeting.held-on",
                "a held meeting, and only a held one, has the day it was held");
        Require.state(minutes == null || status == MeetingStatus.HELD, "meeting.minutes", "minutes are of a held meeting");
    }

    /** The framework plans its {@code sequence}-th meeting. */
    public static Meeting plan(FrameworkId framework, int sequence, LocalDate plannedOn, String venue) {
        Meeting meeting = new Meeting(new State(MeetingId.newId(), framework, sequence, plannedOn, venue,
                MeetingStatus.PLANNED, null, List.of(), List.of(), null, null, null, List.of(), null, List.of()), 0);
        meeting.record(new MeetingEvent.Planned(meeting.id(), framework, sequence, plannedOn, meeting.venue));
        return meeting;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static Meeting restore(State state, long version) {
        return new Meeting(state, version);
    }

    /** Invitations go out with the agenda, no later than the planned day. */
    public MeetingEvent.Convened convene(Convocation invitation, List<AgendaItem> items) {
        requireStatus(MeetingStatus.PLANNED, "convene");
        Require.present(invitation, "convocation");
        Require.notBefore(plannedOn, invitation.issuedOn(), "planned day", "convocation");
        List<AgendaItem> newItems = Require.list(items, "agenda");
        convocation = invitation;
        agenda.addAll(newItems);
        status = MeetingStatus.CONVENED;
        return record(new MeetingEvent.Convened(id(), invitation));
    }

    public MeetingEvent.AgendaItemAdded addAgendaItem(AgendaItem item, LocalDate on) {
        Require.state(status == MeetingStatus.PLANNED || status == MeetingStatus.CONVENED, "meeting.status",
                "the agenda of a " + status + " meeting is closed");
        Require.present(item, "agenda item");
        Require.present(on, "on");
        agenda.add(item);
        return record(new MeetingEvent.AgendaItemAdded(id(), item, on));
    }

    /** Someone signs the attendance sheet. A person is counted once per party. */
    public MeetingEvent.AttendanceRecorded recordAttendance(Attendance present, LocalDate on) {
        requireStatus(MeetingStatus.CONVENED, "record attendance at");
        Require.present(present, "attendance");
        Require.present(on, "on");
        Require.state(attendance.stream().noneMatch(a -> a.organisation().equals(present.organisation())
                && a.person().name().equalsIgnoreCase(present.person().name())), "meeting.attendance-twice",
                present.person().name() + " is already on the attendance sheet");
        attendance.add(present);
        return record(new MeetingEvent.AttendanceRecorded(id(), present, on));
    }

    /** The meeting took place on {@code on}; its attendance is final. */
    public MeetingEvent.Held hold(LocalDate on) {
        requireStatus(MeetingStatus.CONVENED, "hold");
        Require.day(on, "held on");
        Require.notBefore(on, convocation.issuedOn(), "meeting day", "convocation");
        heldOn = on;
        status = MeetingStatus.HELD;
        return record(new MeetingEvent.Held(id(), attendance.size(), on));
    }

    /**
     * The meeting will not take place. It keeps its number: the next meeting convened gets the next
     * one. A planned or convened meeting decided nothing, so cancelling it undoes nothing.
     */
    public MeetingEvent.Cancelled cancel(String reason, LocalDate on) {
        Require.state(status == MeetingStatus.PLANNED || status == MeetingStatus.CONVENED, "meeting.status",
                "a " + status + " meeting cannot be cancelled");
        String why = Require.text(reason, "reason", Limits.TEXT);
        Require.present(on, "on");
        cancellationReason = why;
        cancelledOn = Require.day(on, "cancelled on");
        status = MeetingStatus.CANCELLED;
        return record(new MeetingEvent.Cancelled(id(), cancellationReason, on));
    }

    /**
     * A planned or convened meeting moves to a later day, decided on {@code on}. It keeps its number,
     * its convocation and its agenda; the postponement is added to its history.
     */
    public MeetingEvent.Postponed postpone(LocalDate newDate, String reason, LocalDate on) {
        Require.state(status == MeetingStatus.PLANNED || status == MeetingStatus.CONVENED, "meeting.status",
                "a " + status + " meeting cannot be postponed");
        Postponement postponement = new Postponement(plannedOn, newDate, reason, on);
        postponements.add(postponement);
        plannedOn = postponement.to();
        return record(new MeetingEvent.Postponed(id(), postponement));
    }

    /** The minutes of a held meeting; they can be corrected until a party has approved them. */
    public MeetingEvent.MinutesRecorded recordMinutes(Minutes written) {
        requireStatus(MeetingStatus.HELD, "record minutes of");
        Require.present(written, "minutes");
        Require.notBefore(written.recordedOn(), heldOn, "minutes", "meeting day");
        Require.state(approvals.isEmpty(), "meeting.minutes-approved",
                "the minutes were already approved by a party and cannot change");
        minutes = written;
        return record(new MeetingEvent.MinutesRecorded(id(), written));
    }

    /** A party gives its word on the minutes, once. */
    public MeetingEvent.MinutesApproved approveMinutes(MinutesApproval approval) {
        Require.present(approval, "approval");
        Require.state(minutes != null, "meeting.no-minutes", "there are no minutes to approve yet");
        Require.notBefore(approval.on(), minutes.recordedOn(), "approval", "minutes");
        Require.state(approvals.stream().noneMatch(a -> a.party().equals(approval.party())),
                "meeting.approved-twice", "party " + approval.party() + " already gave its word on the minutes");
        approvals.add(approval);
        return record(new MeetingEvent.MinutesApproved(id(), approval));
    }

    private void requireStatus(MeetingStatus expected, String action) {
        Require.state(status == expected, "meeting.status",
                "cannot " + action + " a meeting that is " + status + " (needs " + expected + ")");
    }

    public FrameworkId framework() {
        return framework;
    }

    /** 1 for the first meeting of the framework, 2 for the next, ... */
    public int sequence() {
        return sequence;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public String venue() {
        return venue;
    }

    public MeetingStatus status() {
        return status;
    }

    public boolean isHeld() {
        return status == MeetingStatus.HELD;
    }

    public Optional<Convocation> convocation() {
        return Optional.ofNullable(convocation);
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public List<Attendance> attendance() {
        return List.copyOf(attendance);
    }

    /** The organisations that had at least one person present. */
    public Set<OrganisationId> organisationsPresent() {
        Set<OrganisationId> present = new LinkedHashSet<>();
        attendance.forEach(a -> present.add(a.organisation()));
        return present;
    }

    public boolean wasPresent(OrganisationId organisation) {
        return attendance.stream().anyMatch(a -> a.organisation().equals(organisation));
    }

    public long attendeesOf(PartyCategory category) {
        return attendance.stream().filter(a -> a.category() == category).count();
    }

    public Optional<LocalDate> heldOn() {
        return Optional.ofNullable(heldOn);
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    /** The day it was cancelled, for a cancelled meeting (unknown for one cancelled before it was recorded). */
    public Optional<LocalDate> cancelledOn() {
        return Optional.ofNullable(cancelledOn);
    }

    /** Every postponement, first to latest. */
    public List<Postponement> postponements() {
        return List.copyOf(postponements);
    }

    /** The day it was first planned for, before any postponement. */
    public LocalDate originallyPlannedOn() {
        return postponements.isEmpty() ? plannedOn : postponements.get(0).from();
    }

    public Optional<Minutes> minutes() {
        return Optional.ofNullable(minutes);
    }

    public List<MinutesApproval> approvals() {
        return List.copyOf(approvals);
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), framework, sequence, plannedOn, venue, status, convocation,
                List.copyOf(agenda), List.copyOf(attendance), heldOn, cancellationReason, minutes,
                List.copyOf(approvals), cancelledOn, List.copyOf(postponements));
    }

    /** Everything a repository stores of a meeting. */
    public record State(MeetingId id, FrameworkId framework, int sequence, LocalDate plannedOn,
            String venue, MeetingStatus status, Convocation convocation, List<AgendaItem> agenda,
            List<Attendance> attendance, LocalDate heldOn, String cancellationReason, Minutes minutes,
            List<MinutesApproval> approvals, LocalDate cancelledOn, List<Postponement> postponements) {
    }
}
