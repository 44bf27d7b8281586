package org.kafo.model.territory;

import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Repository;

/** Stores communes. */
public interface CommuneRepository extends Repository<Commune, CommuneId> {

    Optional<Commune> findByCode(String code);

    /** Communes whose name or an alias is {@code spelling}, ignoring case. */
    List<Commune> findByName(String spelling);

    /** Every commune, by code. */
    List<Commune> findAll();
}
