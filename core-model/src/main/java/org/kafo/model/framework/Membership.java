package org.kafo.model.framework;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Person;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

/**
 * An organisation's seat in a framework, for a while.
 *
 * @param organisation    the member
 * @param category        the part it plays (municipality, professional organisation, ...)
 * @param sectors         the priority sectors it represents; empty for parties of all sectors
 * @param representatives the people who sit for it
 * @param effective       from the day it joined (required) to the day it left (open while a member)
 */
public record Membership(OrganisationId organisation, PartyCategory category, List<Sector> sectors,
        List<Person> representatives, Effective effective) {

    public Membership {
        Require.present(organisation, "organisation");
        Require.present(category, "category");
        sectors = Require.list(sectors, "sectors");
        representatives = Require.list(representatives, "representatives");
        Require.present(effective, "effective");
        Require.present(effective.from(), "membership start");
    }

    public boolean isOn(LocalDate day) {
        return effective.isOn(day);
    }

    public boolean isCurrent() {
        return effective.isOpenEnded();
    }

    public boolean represents(Sector sector) {
        return sectors.contains(sector);
    }

    Membership endingOn(LocalDate lastDay) {
        return new Membership(organisation, category, sectors, representatives, effective.endingOn(lastDay));
    }

    Membership withRepresentatives(List<Person> people) {
        return new Membership(organisation, category, sectors, people, effective);
    }
}
