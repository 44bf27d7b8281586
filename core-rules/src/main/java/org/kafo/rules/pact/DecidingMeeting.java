package org.kafo.rules.pact;

import java.util.Optional;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.rules.Situation;

/** Whether the meeting named by a decision is a meeting of the framework that was held. */
enum DecidingMeeting {
    HELD,
    /** Not a meeting of the framework the situation describes. */
    UNKNOWN,
    /** Planned, convened or cancelled: it cannot have decided anything. */
    NOT_HELD;

    static DecidingMeeting of(MeetingId id, Situation situation) {
        Optional<Meeting> meeting = find(id, situation);
        if (meeting.isEmpty()) {
            return UNKNOWN;
        }
        return meeting.get().isHeld() ? HELD : NOT_HELD;
    }

    /** The meeting, if it is one of the framework's. */
    static Optional<Meeting> find(MeetingId id, Situation situation) {
        return situation.meeting(id).filter(m -> m.framework().equals(situation.framework().id()));
    }
}
