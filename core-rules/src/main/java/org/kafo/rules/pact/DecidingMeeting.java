package org.kafo.rules.pact;

import java.util.Optional;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;

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

    /**
     * What rule {@code ruleId} says of the meeting named by a decision: blocking when it is not one of
     * the framework's ({@code <ruleId>.meeting-unknown}) or was not held ({@code <ruleId>.meeting-not-held});
     * nothing when it was held, the decision being taken in session.
     */
    static Optional<Verdict> refusal(String ruleId, MeetingId id, Situation situation) {
        ConsultationFramework framework = situation.framework();
        return switch (of(id, situation)) {
            case UNKNOWN -> Optional.of(Verdict.blocking(ruleId, ruleId + ".meeting-unknown",
                    "framework", framework.name(), "frameworkId", framework.id(), "meetingId", id));
            case NOT_HELD -> Optional.of(Verdict.blocking(ruleId, ruleId + ".meeting-not-held",
                    "framework", framework.name(), "frameworkId", framework.id(),
                    "meeting", situation.meeting(id).orElseThrow().sequence(), "meetingId", id,
                    "status", situation.meeting(id).orElseThrow().status()));
            case HELD -> Optional.empty();
        };
    }

    /** The meeting, if it is one of the framework's. */
    static Optional<Meeting> find(MeetingId id, Situation situation) {
        return situation.meeting(id).filter(m -> m.framework().equals(situation.framework().id()));
    }
}
