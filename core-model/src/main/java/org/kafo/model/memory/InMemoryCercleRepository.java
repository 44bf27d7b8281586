package org.kafo.model.memory;

import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CercleRepository;

/** Cercles in memory. */
public final class InMemoryCercleRepository extends InMemoryTerritoryRepository<Cercle, CercleId, Cercle.State>
        implements CercleRepository {

    public InMemoryCercleRepository() {
        this(new UnitsOfWork());
    }

    InMemoryCercleRepository(UnitsOfWork units) {
        super("cercle", units, Cercle::snapshot, Cercle::restore, CercleRepository.ORDER,
                Cercle.State::code);
    }
}
