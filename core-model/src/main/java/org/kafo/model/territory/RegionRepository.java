package org.kafo.model.territory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Repository;

/** Stores regions. */
public interface RegionRepository extends Repository<Region, RegionId> {

    /** The order every finder of every adapter returns them in: by code. */
    Comparator<Region> ORDER = Comparator.comparing(Region::code);

    Optional<Region> findByCode(String code);

    /** Every region, by code. */
    List<Region> findAll();
}
