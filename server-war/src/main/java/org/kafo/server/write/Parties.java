package org.kafo.server.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kafo.model.Repositories;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

/** The category a party plays in a framework, for requests that leave it out. */
@ApplicationScoped
public class Parties {

    @Inject
    Repositories repositories;

    /** @throws org.kafo.model.common.AggregateNotFoundException if there is no such organisation */
    public PartyCategory categoryOf(OrganisationId organisation) {
        return repositories.organisations().get(organisation).category();
    }
}
