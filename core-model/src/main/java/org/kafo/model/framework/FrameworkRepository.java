package org.kafo.model.framework;

import java.util.Comparator;
import java.util.List;
import org.kafo.model.common.Repository;
import org.kafo.model.territory.CommuneId;

/** Stores consultation frameworks. */
public interface FrameworkRepository extends Repository<ConsultationFramework, FrameworkId> {

    /** The order every finder of every adapter returns them in: by the day they were proposed, then by id. */
    Comparator<ConsultationFramework> ORDER = Comparator.comparing(ConsultationFramework::proposedOn)
            .thenComparing(f -> f.id().value());

    List<ConsultationFramework> findByCommune(CommuneId commune);

    /** Every framework, by the day it was proposed (then by id): a national view. */
    List<ConsultationFramework> findAll();
}
