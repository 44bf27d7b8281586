package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.meeting.MeetingId;
import org.kafo.rules.command.HoldMeeting;

/** The meeting took place on {@code on}; its attendance is final. */
@Schema(example = "{\"on\": \"2008-04-10\"}")
public record HoldMeetingRequest(LocalDate on) {

    public HoldMeeting toCommand(MeetingId meeting) {
        return new HoldMeeting(meeting, on);
    }
}
