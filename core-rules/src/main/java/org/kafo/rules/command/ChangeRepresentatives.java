package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Person;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;

/** A current member names the people who represent it in the framework from {@code on}. */
public record ChangeRepresentatives(FrameworkId framework, OrganisationId organisation, List<Person> representatives,
        LocalDate on) implements Command {

    public ChangeRepresentatives {
        Require.present(framework, "framework");
        Require.present(organisation, "organisation");
        representatives = Require.list(representatives, "representatives");
        Require.present(on, "on");
    }
}
