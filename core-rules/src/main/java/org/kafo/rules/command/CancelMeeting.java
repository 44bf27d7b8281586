package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.MeetingId;

/**
 * A planned or convened meeting will not take place, for a reason the members are told of
 * (MEET-2). It keeps its number; the next meeting convened gets the next one.
 */
public record CancelMeeting(MeetingId meeting, String reason, LocalDate on) implements Command {

    public CancelMeeting {
        Require.present(meeting, "meeting");
        Require.present(on, "on");
    }
}
