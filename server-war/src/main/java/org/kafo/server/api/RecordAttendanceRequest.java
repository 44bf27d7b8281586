package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.command.RecordAttendance;

/** People sign the attendance sheet of a convened meeting, each for a party. */
@Schema(example = """
        {"attendees": [{"organisation": "9a1b2c3d-0c1d-4a5f-8d2f-2f1a7b9e0c33",
          "person": {"name": "Moussa Diarra", "sex": "MALE", "youth": false, "role": "maire"}}], "on": "2008-04-10"}""")
public record RecordAttendanceRequest(List<AttendeeValue> attendees, LocalDate on) {

    /** One person present for a party; {@code category} defaults to the party's own. */
    @Schema(name = "Attendee")
    public record AttendeeValue(UUID organisation, PartyCategory category, PersonValue person) {
    }

    /** @param categories the category of a party, for attendees that name none */
    public RecordAttendance toCommand(MeetingId meeting, Function<OrganisationId, PartyCategory> categories) {
        return new RecordAttendance(meeting, Wire.list(attendees, a -> {
            OrganisationId party = Wire.id(Wire.required(a.organisation(), "organisation"), OrganisationId::new);
            return new Attendance(party, a.category() == null ? categories.apply(party) : a.category(),
                    Wire.required(a.person(), "person").toModel());
        }), on);
    }
}
