package org.kafo.model.memory;

import java.util.List;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.CommuneRepository;

/** Communes in memory. */
public final class InMemoryCommuneRepository extends InMemoryTerritoryRepository<Commune, CommuneId, Commune.State>
        implements CommuneRepository {

    public InMemoryCommuneRepository() {
        this(new UnitsOfWork());
    }

    InMemoryCommuneRepository(UnitsOfWork units) {
        super("commune", units, Commune::snapshot, Commune::restore, CommuneRepository.ORDER,
                Commune.State::code);
    }

    @Override
    public List<Commune> findByName(String spelling) {
        return findWhere(s -> s.name().equalsIgnoreCase(spelling)
                || s.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(spelling)));
    }
}
