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
        super(entityManagers, "need", NeedEntity.class, new NeedMapper());
    }

    @Override
    Need.State snapshot(Need need) {
        return need.snapshot();
    }

    @Override
    Need restore(Need.State state, long version) {
        return Need.restore(state, version);
    }

    @Override
    NeedEntity newEntity(String id) {
        return new NeedEntity(id);
    }

    @Override
    public List<Need> findByFramework(FrameworkId framework) {
        return list(em -> where(em, "e.frameworkId = :framework").setParameter("framework", Keys.key(framework)),
                NeedRepository.ORDER);
    }
}
