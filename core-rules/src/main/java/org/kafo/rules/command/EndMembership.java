package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;

/** An organisation leaves the framework; its last day as a member. */
public record EndMembership(FrameworkId framework, OrganisationId organisation, LocalDate lastDay, String reason) implements Command {

    public EndMembership {
        Require.present(framework, "framework");
        Require.present(organisation, "organisation");
        Require.present(lastDay, "lastDay");
    }
}
