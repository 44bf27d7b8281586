package org.kafo.model.territory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Repository;

/** Stores communes. */
public interface CommuneRepository extends Repository<Commune, CommuneId> {

    /** The order every finder of every adapter returns them in: by code. */
    Comparator<Commune> ORDER = Comparator.comparing(Commune::code);

    Optional<Commune> findByCode(String code);

    /** Communes whose name or an alias is {@code spelling}, ignoring case. */
    List<Commune> findByName(String spelling);

    /** Every commune, by code. */
    List<Commune> findAll();
}
