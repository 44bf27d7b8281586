package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.MeetingId;

/** People sign the attendance sheet of a convened meeting. */
public record RecordAttendance(MeetingId meeting, List<Attendance> attendees, LocalDate on) implements Command {

    public RecordAttendance {
        Require.present(meeting, "meeting");
        Require.present(on, "on");
        attendees = attendees == null ? List.of() : Require.list(attendees, "attendees");
    }
}
