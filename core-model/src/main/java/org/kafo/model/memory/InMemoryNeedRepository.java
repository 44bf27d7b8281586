package org.kafo.model.memory;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedRepository;

/** Needs in memory. */
public final class InMemoryNeedRepository extends InMemoryRepository<Need, NeedId, Need.State>
        implements NeedRepository {

    public InMemoryNeedRepository() {
        this(new UnitsOfWork());
    }

    InMemoryNeedRepository(UnitsOfWork units) {
        super("need", units, Need::snapshot, Need::restore, NeedRepository.ORDER);
    }

    @Override
    public List<Need> findByFramework(FrameworkId framework) {
        return findWhere(s -> s.framework().equals(framework));
    }
}
