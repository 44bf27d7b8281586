package org.kafo.model.memory;

import java.util.Comparator;
import java.util.List;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkRepository;
import org.kafo.model.territory.CommuneId;

/** Consultation frameworks in memory. */
public final class InMemoryFrameworkRepository
        extends InMemoryRepository<ConsultationFramework, FrameworkId, ConsultationFramework.State>
        implements FrameworkRepository {

    private static final Comparator<ConsultationFramework> BY_ID = Comparator.comparing(f -> f.id().value());
    private static final Comparator<ConsultationFramework> BY_PROPOSAL =
            Comparator.comparing(ConsultationFramework::proposedOn).thenComparing(BY_ID);

    public InMemoryFrameworkRepository() {
        super("framework");
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
        return findWhere(s -> s.commune().equals(commune), BY_PROPOSAL);
    }

    @Override
    public List<ConsultationFramework> findAll() {
        return findWhere(s -> true, BY_PROPOSAL);
    }
}
