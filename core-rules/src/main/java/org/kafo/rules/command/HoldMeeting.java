package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.MeetingId;

/** The meeting took place; MEET-1 says whether it had a quorum to decide. */
public record HoldMeeting(MeetingId meeting, LocalDate on) implements Command {

    public HoldMeeting {
        Require.present(meeting, "meeting");
        Require.present(on, "on");
    }
}
