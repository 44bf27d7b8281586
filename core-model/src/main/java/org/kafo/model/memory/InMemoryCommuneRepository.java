package org.kafo.model.memory;

import java.util.List;
import java.util.Optional;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.CommuneRepository;

/** Communes in memory. */
public final class InMemoryCommuneRepository extends InMemoryRepository<Commune, CommuneId, Commune.State>
        implements CommuneRepository {

    public InMemoryCommuneRepository() {
        super("commune");
    }

    InMemoryCommuneRepository(UnitsOfWork units) {
        super("commune", units);
    }

    @Override
    Commune.State snapshot(Commune commune) {
        return commune.snapshot();
    }

    @Override
    Commune restore(Commune.State state, long version) {
        return Commune.restore(state, version);
    }

    @Override
    public Optional<Commune> findByCode(String code) {
        return findWhere(s -> s.code().equals(code), CommuneRepository.ORDER).stream().findFirst();
    }

    @Override
    public List<Commune> findByName(String spelling) {
        return findWhere(s -> s.name().equalsIgnoreCase(spelling)
                || s.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(spelling)), CommuneRepository.ORDER);
    }

    @Override
    public List<Commune> findAll() {
        return findWhere(s -> true, CommuneRepository.ORDER);
    }
}
