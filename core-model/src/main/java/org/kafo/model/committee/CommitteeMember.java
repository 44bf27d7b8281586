package org.kafo.model.committee;

import java.time.LocalDate;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Person;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

/**
 * A person who sits on the monitoring committee for a party, for a while.
 *
 * @param leavingReason why the person left the committee: only for a seat that ended, optional
 */
public record CommitteeMember(OrganisationId organisation, PartyCategory category, Person person, Effective effective,
        String leavingReason) {

    public CommitteeMember {
        Require.present(organisation, "organisation");
        Require.present(category, "category");
        Require.present(person, "person");
        Require.present(effective, "effective");
        Require.present(effective.from(), "committee membership start");
        leavingReason = Require.optionalText(leavingReason, "leaving reason", Limits.TEXT);
        Require.state(leavingReason == null || !effective.isOpenEnded(), "committee.leaving-reason",
                "only a member who left has a reason for leaving");
    }

    /** A seat with no reason for leaving (still held, or ended without one). */
    public CommitteeMember(OrganisationId organisation, PartyCategory category, Person person, Effective effective) {
        this(organisation, category, person, effective, null);
    }

    public static CommitteeMember from(LocalDate day, OrganisationId organisation, PartyCategory category,
            Person person) {
        return new CommitteeMember(organisation, category, person, Effective.since(day));
    }

    public boolean isCurrent() {
        return effective.isOpenEnded();
    }

    public boolean isOn(LocalDate day) {
        return effective.isOn(day);
    }
}
