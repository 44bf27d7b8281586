package org.kafo.rules.command;

import org.kafo.model.common.Require;
import org.kafo.model.organisation.LegalRegistration;
import org.kafo.model.organisation.OrganisationId;

/** An organisation obtains legal existence. */
public record FormaliseOrganisation(OrganisationId organisation, LegalRegistration registration) implements Command {

    public FormaliseOrganisation {
        Require.present(organisation, "organisation");
        Require.present(registration, "registration");
    }
}
