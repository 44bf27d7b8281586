package org.kafo.model.memory;

import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;
import org.kafo.model.territory.RegionRepository;

/** Regions in memory. */
public final class InMemoryRegionRepository extends InMemoryTerritoryRepository<Region, RegionId, Region.State>
        implements RegionRepository {

    public InMemoryRegionRepository() {
        this(new UnitsOfWork());
    }

    InMemoryRegionRepository(UnitsOfWork units) {
        super("region", units, Region::snapshot, Region::restore, RegionRepository.ORDER,
                Region.State::code);
    }
}
