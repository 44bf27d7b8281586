package org.kafo.persistence.jpa.internal;

import java.util.List;
import java.util.Set;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationRepository;
import org.kafo.model.territory.CommuneId;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/** Organisations in the database. */
public final class JpaOrganisationRepository
        extends JpaRepository<Organisation, OrganisationId, Organisation.State, OrganisationEntity>
        implements OrganisationRepository {

    public JpaOrganisationRepository(EntityManagerSource entityManagers) {
        super(entityManagers, "organisation", OrganisationEntity.class, OrganisationEntity::new, new OrganisationMapper(),
                Organisation::snapshot, Organisation::restore, OrganisationRepository.ORDER);
    }

    @Override
    public List<Organisation> findByCommune(CommuneId commune) {
        return listWhere("communeId", Keys.key(commune));
    }

    @Override
    public List<Organisation> findOutsideCommunes() {
        return list(em -> where(em, "e.communeId IS NULL"));
    }

    @Override
    public List<Organisation> findAll(Set<OrganisationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> keys = ids.stream().map(Keys::key).toList();
        return list(em -> where(em, "e.id in :ids").setParameter("ids", keys));
    }
}
