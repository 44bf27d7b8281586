package org.kafo.model.territory;

import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Repository;

/** Stores cercles. */
public interface CercleRepository extends Repository<Cercle, CercleId> {

    Optional<Cercle> findByCode(String code);

    /** Every cercle, by code. */
    List<Cercle> findAll();
}
