package org.kafo.model.memory;

import java.util.List;
import java.util.Set;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationRepository;
import org.kafo.model.territory.CommuneId;

/** Organisations in memory. */
public final class InMemoryOrganisationRepository
        extends InMemoryRepository<Organisation, OrganisationId, Organisation.State> implements OrganisationRepository {

    public InMemoryOrganisationRepository() {
        this(new UnitsOfWork());
    }

    InMemoryOrganisationRepository(UnitsOfWork units) {
        super("organisation", units, Organisation::snapshot, Organisation::restore, OrganisationRepository.ORDER);
    }

    @Override
    public List<Organisation> findByCommune(CommuneId commune) {
        return findWhere(s -> commune.equals(s.commune()));
    }

    @Override
    public List<Organisation> findOutsideCommunes() {
        return findWhere(s -> s.commune() == null);
    }

    @Override
    public List<Organisation> findAll(Set<OrganisationId> ids) {
        return findWhere(s -> ids.contains(s.id()));
    }
}
