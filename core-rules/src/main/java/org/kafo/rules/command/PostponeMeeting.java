package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.MeetingId;

/**
 * A planned or convened meeting moves to a later day, decided on {@code on}. It keeps its number;
 * the reason is what the members are told (MEET-2 says when it is required).
 */
public record PostponeMeeting(MeetingId meeting, LocalDate newDate, String reason, LocalDate on) implements Command {

    public PostponeMeeting {
        Require.present(meeting, "meeting");
        Require.present(newDate, "newDate");
        Require.present(on, "on");
    }
}
