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
        super(entityManagers, "framework", FrameworkEntity.class, new FrameworkMapper());
    }

    @Override
    ConsultationFramework.State snapshot(ConsultationFramework framework) {
        return framework.snapshot();
    }

    @Override
    ConsultationFramework restore(ConsultationFramework.State state, long version) {
        return ConsultationFramework.restore(state, version);
    }

    @Override
    FrameworkEntity newEntity(String id) {
        return new FrameworkEntity(id);
    }

    @Override
    public List<ConsultationFramework> findByCommune(CommuneId commune) {
        return list(em -> where(em, "e.communeId = :commune").setParameter("commune", Keys.key(commune)),
                FrameworkRepository.ORDER);
    }

    @Override
    public List<ConsultationFramework> findAll() {
        return list(em -> where(em, null), FrameworkRepository.ORDER);
    }
}
