package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.Set;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.organisation.LegalRegistration;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.territory.CommuneId;

/** An organisation enters the register: a municipality, cooperative, service, partner, NGO or programme. */
public record RegisterOrganisation(String name, String acronym, OrganisationKind kind, CommuneId commune, Set<Sector> sectors, MemberCount members, LegalRegistration registration, LocalDate on) implements Command {

    public RegisterOrganisation {
        Require.present(on, "on");
        sectors = sectors == null ? Set.of() : Set.copyOf(Require.list(sectors, "sectors"));
    }
}
