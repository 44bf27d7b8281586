package org.kafo.model.territory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Repository;

/** Stores cercles. */
public interface CercleRepository extends Repository<Cercle, CercleId> {

    /** The order every finder of every adapter returns them in: by code. */
    Comparator<Cercle> ORDER = Comparator.comparing(Cercle::code);

    Optional<Cercle> findByCode(String code);

    /** Every cercle, by code. */
    List<Cercle> findAll();
}
