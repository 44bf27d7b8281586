package org.kafo.server.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.Quorum;
import org.kafo.server.api.MeetingView;
import org.kafo.server.api.PersonValue;

/**
 * One meeting as its page shows it: the meeting as the API answers it, its invitees with who
 * signed for them, the quorum of those present or ticked (MEET-1's count), the parties' word on the
 * minutes, and what the reader may do.
 *
 * @param quorum     MEET-1's count (the process's answer) for those on the sheet and those ticked on the form
 * @param approveFor the organisations the reader may still approve the minutes for
 * @param sent       the form sent back (attendance, hold, minutes, approve, postpone, cancel), if any
 * @param verdicts   the rules' warnings about a change just accepted
 * @param notice     what an import just recorded ({@link ImportPages#notice}), or null
 */
public record MeetingPage(MeetingView meeting, String frameworkName, List<Invitee> invitees, Quorum quorum,
        Rights may, List<Invitee> approveFor, Sent sent, String done, List<VerdictLine> verdicts, String notice) {

    /**
     * A party invited to the meeting, the people who sit for it, who signed for it, and its word on
     * the minutes.
     *
     * @param representatives its representatives as a member, the first to fill the sheet in with; empty if none
     * @param approval        null while it has not given its word
     */
    public record Invitee(UUID organisation, String name, PartyCategory category, List<PersonValue> representatives,
            List<PersonValue> signed, MeetingView.ApprovalValue approval) {

        public boolean present() {
            return !signed.isEmpty();
        }

        /** The first of its representatives; null if none. */
        public PersonValue representative() {
            return representatives.isEmpty() ? null : representatives.get(0);
        }
    }

    /** What the reader may do with this meeting now, its status and its role considered. */
    public record Rights(boolean attendance, boolean hold, boolean minutes, boolean postpone, boolean cancel) {

        static Rights of(org.kafo.server.access.Allowed allowed, MeetingView meeting) {
            boolean open = meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.CONVENED;
            boolean convened = meeting.status() == MeetingStatus.CONVENED;
            boolean held = meeting.status() == MeetingStatus.HELD;
            return new Rights(convened && allowed.may(org.kafo.server.access.Permission.RECORD_ATTENDANCE),
                    convened && allowed.may(org.kafo.server.access.Permission.HOLD_MEETING),
                    held && meeting.approvals().isEmpty() && allowed.may(org.kafo.server.access.Permission.RECORD_MINUTES),
                    open && allowed.may(org.kafo.server.access.Permission.POSTPONE_MEETING),
                    open && allowed.may(org.kafo.server.access.Permission.CANCEL_MEETING));
        }

        public boolean any() {
            return attendance || hold || minutes || postpone || cancel;
        }
    }

    /** Whether the box of an invitee is ticked: on the sheet, or ticked on the form being entered. */
    public boolean ticked(Invitee invitee, Set<UUID> ticked) {
        return invitee.present() || ticked.contains(invitee.organisation());
    }
}
