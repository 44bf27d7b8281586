package org.kafo.persistence.jpa.internal;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedRepository;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/** Needs in the database. */
public final class JpaNeedRepository extends JpaRepository<Need, NeedId, Need.State, NeedEntity>
        implements NeedRepository {

    public JpaNeedRepository(EntityManagerSource entityManagers) {
        super(entityManagers, "need", NeedEntity.class, NeedEntity::new, new NeedMapper(),
                Need::snapshot, Need::restore, NeedRepository.ORDER);
    }

    @Override
    public List<Need> findByFramework(FrameworkId framework) {
        return listWhere("frameworkId", Keys.key(framework));
    }
}
