package org.kafo.model.memory;

import java.util.List;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkRepository;
import org.kafo.model.territory.CommuneId;

/** Consultation frameworks in memory. */
public final class InMemoryFrameworkRepository
        extends InMemoryRepository<ConsultationFramework, FrameworkId, ConsultationFramework.State>
        implements FrameworkRepository {

    public InMemoryFrameworkRepository() {
        this(new UnitsOfWork());
    }

    InMemoryFrameworkRepository(UnitsOfWork units) {
        super("framework", units, ConsultationFramework::snapshot, ConsultationFramework::restore,
                FrameworkRepository.ORDER);
    }

    @Override
    public List<ConsultationFramework> findByCommune(CommuneId commune) {
        return findWhere(s -> s.commune().equals(commune));
    }

    @Override
    public List<ConsultationFramework> findAll() {
        return findWhere(s -> true);
    }
}
