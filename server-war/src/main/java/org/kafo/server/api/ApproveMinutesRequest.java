package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.ApproveMinutes;

/** A party gives its word on the minutes: approved, or not with a remark. */
@Schema(example = "{\"party\": \"5d7e1c7a-0c1d-4a5f-8d2f-2f1a7b9e0c22\", \"approved\": true, \"on\": \"2008-04-20\"}")
public record ApproveMinutesRequest(UUID party, Boolean approved, @Schema(maxLength = Limits.TEXT) String remark,
        LocalDate on) {

    public ApproveMinutes toCommand(MeetingId meeting) {
        return new ApproveMinutes(meeting, Wire.id(party, OrganisationId::new),
                Wire.required(approved, "approved"), remark, on);
    }
}
