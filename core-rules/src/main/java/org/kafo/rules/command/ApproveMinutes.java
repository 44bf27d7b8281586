package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;

/** A party gives its word on the minutes: approved, or a reservation. */
public record ApproveMinutes(MeetingId meeting, OrganisationId party, boolean approved, String remark, LocalDate on) implements Command {

    public ApproveMinutes {
        Require.present(meeting, "meeting");
        Require.present(party, "party");
        Require.present(on, "on");
    }
}
