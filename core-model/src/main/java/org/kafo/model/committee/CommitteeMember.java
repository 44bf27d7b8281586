package org.kafo.model.committee;

import java.time.LocalDate;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Person;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

/** A person who sits on the monitoring committee for a party, for a while. */
public record CommitteeMember(OrganisationId organisation, PartyCategory category, Person person, Effective effective) {

    public CommitteeMember {
        Require.present(organisation, "organisation");
        Require.present(category, "category");
        Require.present(person, "person");
        Require.present(effective, "effective");
        Require.present(effective.from(), "committee membership start");
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
