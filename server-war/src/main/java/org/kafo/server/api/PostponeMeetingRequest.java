package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.meeting.MeetingId;
import org.kafo.rules.command.PostponeMeeting;

/** The meeting moves to {@code newDate}, decided on {@code on}, for a reason the members are told of (MEET-2). */
@Schema(example = "{\"newDate\": \"2008-07-10\", \"reason\": \"Crue du fleuve, la salle est inaccessible\", \"on\": \"2008-06-30\"}")
public record PostponeMeetingRequest(LocalDate newDate, @Schema(maxLength = Limits.TEXT) String reason, LocalDate on) {

    public PostponeMeeting toCommand(MeetingId meeting) {
        return new PostponeMeeting(meeting, newDate, reason, on);
    }
}
