package org.kafo.model.meeting;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;

/**
 * A party's word on the minutes: approved, or not with its reservation.
 *
 * @param remark required when the party does not approve
 */
public record MinutesApproval(OrganisationId party, boolean approved, String remark, LocalDate on) {

    public MinutesApproval {
        Require.present(party, "party");
        remark = Require.optionalText(remark, "remark", Limits.TEXT);
        Require.day(on, "on");
        Require.state(approved || remark != null, "minutes.reservation", "a party that does not approve says why");
    }
}
