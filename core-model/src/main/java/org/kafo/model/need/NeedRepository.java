package org.kafo.model.need;

import java.util.Comparator;
import java.util.List;
import org.kafo.model.common.Repository;
import org.kafo.model.framework.FrameworkId;

/** Stores needs. */
public interface NeedRepository extends Repository<Need, NeedId> {

    /** The order every finder of every adapter returns them in: oldest first, then by description. */
    Comparator<Need> ORDER = Comparator.comparing(Need::identifiedOn).thenComparing(Need::description);

    /** The framework's needs, oldest first. */
    List<Need> findByFramework(FrameworkId framework);
}
