package org.kafo.model.meeting;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;

/**
 * The invitation to a meeting: who sent it, when, to whom.
 *
 * @param issuedBy the organisation that convenes (the municipality, as a rule)
 * @param issuedOn the day invitations went out
 * @param invitees the organisations invited
 */
public record Convocation(OrganisationId issuedBy, LocalDate issuedOn, List<OrganisationId> invitees) {

    public Convocation {
        Require.present(issuedBy, "issued by");
        Require.day(issuedOn, "issued on");
        invitees = Require.list(invitees, "invitees");
    }
}
