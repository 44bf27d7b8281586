package org.kafo.model.memory;

import java.util.List;
import java.util.Optional;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;
import org.kafo.model.territory.RegionRepository;

/** Regions in memory. */
public final class InMemoryRegionRepository extends InMemoryRepository<Region, RegionId, Region.State>
        implements RegionRepository {

    public InMemoryRegionRepository() {
        super("region");
    }

    InMemoryRegionRepository(UnitsOfWork units) {
        super("region", units);
    }

    @Override
    Region.State snapshot(Region region) {
        return region.snapshot();
    }

    @Override
    Region restore(Region.State state, long version) {
        return Region.restore(state, version);
    }

    @Override
    public Optional<Region> findByCode(String code) {
        return findWhere(s -> s.code().equals(code), RegionRepository.ORDER).stream().findFirst();
    }

    @Override
    public List<Region> findAll() {
        return findWhere(s -> true, RegionRepository.ORDER);
    }
}
