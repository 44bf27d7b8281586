package org.kafo.model.need;

import java.util.List;
import org.kafo.model.common.Repository;
import org.kafo.model.framework.FrameworkId;

/** Stores needs. */
public interface NeedRepository extends Repository<Need, NeedId> {

    /** The framework's needs, oldest first. */
    List<Need> findByFramework(FrameworkId framework);
}
