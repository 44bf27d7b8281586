package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.meeting.MeetingId;
import org.kafo.rules.command.RecordMinutes;

/** The minutes of a held meeting. */
@Schema(example = "{\"text\": \"Le cadre a adopté le plan d'action du premier trimestre.\", \"on\": \"2008-04-12\"}")
public record RecordMinutesRequest(@Schema(maxLength = Limits.MINUTES) String text, LocalDate on) {

    public RecordMinutes toCommand(MeetingId meeting) {
        return new RecordMinutes(meeting, text, on);
    }
}
