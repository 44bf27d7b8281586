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
        super("framework");
    }

    InMemoryFrameworkRepository(UnitsOfWork units) {
        super("framework", units);
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
    public List<ConsultationFramework> findByCommune(CommuneId commune) {
        return findWhere(s -> s.commune().equals(commune), FrameworkRepository.ORDER);
    }

    @Override
    public List<ConsultationFramework> findAll() {
        return findWhere(s -> true, FrameworkRepository.ORDER);
    }
}
