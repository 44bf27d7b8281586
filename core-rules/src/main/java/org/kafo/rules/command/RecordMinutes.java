package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.MeetingId;

/** The minutes of a held meeting are written down. */
public record RecordMinutes(MeetingId meeting, String text, LocalDate on) implements Command {

    public RecordMinutes {
        Require.present(meeting, "meeting");
        Require.present(on, "on");
    }
}
