package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.meeting.MeetingId;
import org.kafo.rules.command.CancelMeeting;

/** The meeting will not take place, for a reason the members are told of (MEET-2); it keeps its number. */
@Schema(example = "{\"reason\": \"Blocus de la commune\", \"on\": \"2008-06-30\"}")
public record CancelMeetingRequest(@Schema(maxLength = Limits.TEXT) String reason, LocalDate on) {

    public CancelMeeting toCommand(MeetingId meeting) {
        return new CancelMeeting(meeting, reason, on);
    }
}
