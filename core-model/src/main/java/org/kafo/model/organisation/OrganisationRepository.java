package org.kafo.model.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kafo.model.common.Repository;
import org.kafo.model.territory.CommuneId;

/** Stores organisations. */
public interface OrganisationRepository extends Repository<Organisation, OrganisationId> {

    /** The order every finder of every adapter returns them in: by name. */
    Comparator<Organisation> ORDER = Comparator.comparing(Organisation::name);

    /** Organisations based in the commune, by name. */
    List<Organisation> findByCommune(CommuneId commune);

    /**
     * Organisations based in no commune, by name: support programmes, partners, regional services,
     * which may join the frameworks of any commune.
     */
    List<Organisation> findOutsideCommunes();

    /** The organisations with these ids that exist, in no particular order. */
    List<Organisation> findAll(Set<OrganisationId> ids);
}
