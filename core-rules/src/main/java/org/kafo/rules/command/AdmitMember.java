package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Person;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;

/** An organisation joins the framework, for some of its priority sectors, with its representatives. */
public record AdmitMember(FrameworkId framework, OrganisationId organisation, List<Sector> sectors, List<Person> representatives, LocalDate from) implements Command {

    public AdmitMember {
        Require.present(framework, "framework");
        Require.present(organisation, "organisation");
        Require.present(from, "from");
        sectors = sectors == null ? List.of() : Require.list(sectors, "sectors");
        representatives = representatives == null ? List.of() : Require.list(representatives, "representatives");
    }
}
