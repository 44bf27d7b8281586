package org.kafo.model.territory;

import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Repository;

/** Stores regions. */
public interface RegionRepository extends Repository<Region, RegionId> {

    Optional<Region> findByCode(String code);

    /** Every region, by code. */
    List<Region> findAll();
}
