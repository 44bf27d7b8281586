package org.kafo.model.meeting;

import org.kafo.model.common.Person;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

/**
 * One person present at a meeting, for a party.
 *
 * @param organisation the party they represent
 * @param category     the party's category, for attendance by category
 * @param person       who attended (name, sex, youth)
 */
public record Attendance(OrganisationId organisation, PartyCategory category, Person person) {

    public Attendance {
        Require.present(organisation, "organisation");
        Require.present(category, "category");
        Require.present(person, "person");
    }
}
