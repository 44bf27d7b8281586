package org.kafo.model.framework;

import java.util.List;
import org.kafo.model.common.Repository;
import org.kafo.model.territory.CommuneId;

/** Stores consultation frameworks. */
public interface FrameworkRepository extends Repository<ConsultationFramework, FrameworkId> {

    List<ConsultationFramework> findByCommune(CommuneId commune);

    /** Every framework, by the day it was proposed (then by id): a national view. */
    List<ConsultationFramework> findAll();
}
