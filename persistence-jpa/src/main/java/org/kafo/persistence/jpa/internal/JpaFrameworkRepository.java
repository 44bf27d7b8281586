package org.kafo.persistence.jpa.internal;

import java.util.List;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkRepository;
import org.kafo.model.territory.CommuneId;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/** Consultation frameworks in the database. */
public final class JpaFrameworkRepository
        extends JpaRepository<ConsultationFramework, FrameworkId, ConsultationFramework.State, FrameworkEntity>
        implements FrameworkRepository {

    public JpaFrameworkRepository(EntityManagerSource entityManagers) {
        super(entityManagers, "framework", FrameworkEntity.class, FrameworkEntity::new, new FrameworkMapper(),
                ConsultationFramework::snapshot, ConsultationFramework::restore, FrameworkRepository.ORDER);
    }

    @Override
    public List<ConsultationFramework> findByCommune(CommuneId commune) {
        return listWhere("communeId", Keys.key(commune));
    }

    @Override
    public List<ConsultationFramework> findAll() {
        return listAll();
    }
}
