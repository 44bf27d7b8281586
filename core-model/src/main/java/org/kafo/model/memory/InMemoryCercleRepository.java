package org.kafo.model.memory;

import java.util.List;
import java.util.Optional;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CercleRepository;

/** Cercles in memory. */
public final class InMemoryCercleRepository extends InMemoryRepository<Cercle, CercleId, Cercle.State>
        implements CercleRepository {

    public InMemoryCercleRepository() {
        super("cercle");
    }

    InMemoryCercleRepository(UnitsOfWork units) {
        super("cercle", units);
    }

    @Override
    Cercle.State snapshot(Cercle cercle) {
        return cercle.snapshot();
    }

    @Override
    Cercle restore(Cercle.State state, long version) {
        return Cercle.restore(state, version);
    }

    @Override
    public Optional<Cercle> findByCode(String code) {
        return findWhere(s -> s.code().equals(code), CercleRepository.ORDER).stream().findFirst();
    }

    @Override
    public List<Cercle> findAll() {
        return findWhere(s -> true, CercleRepository.ORDER);
    }
}
