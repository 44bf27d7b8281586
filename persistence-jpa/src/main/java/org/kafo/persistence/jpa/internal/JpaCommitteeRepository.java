package org.kafo.persistence.jpa.internal;

import java.util.Optional;
import org.kafo.model.committee.CommitteeId;
import org.kafo.model.committee.CommitteeRepository;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.FrameworkId;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/** Monitoring committees in the database. */
public final class JpaCommitteeRepository
        extends JpaRepository<MonitoringCommittee, CommitteeId, MonitoringCommittee.State, CommitteeEntity>
        implements CommitteeRepository {

    public JpaCommitteeRepository(EntityManagerSource entityManagers) {
        super(entityManagers, "committee", CommitteeEntity.class, CommitteeEntity::new, new CommitteeMapper(),
                MonitoringCommittee::snapshot, MonitoringCommittee::restore, CommitteeRepository.ORDER);
    }

    @Override
    public Optional<MonitoringCommittee> findByFramework(FrameworkId framework) {
        return firstWhere("frameworkId", Keys.key(framework));
    }
}
