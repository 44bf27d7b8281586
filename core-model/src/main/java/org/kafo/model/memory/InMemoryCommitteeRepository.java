package org.kafo.model.memory;

import java.util.Optional;
import org.kafo.model.committee.CommitteeId;
import org.kafo.model.committee.CommitteeRepository;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.FrameworkId;

/** Monitoring committees in memory. */
public final class InMemoryCommitteeRepository
        extends InMemoryRepository<MonitoringCommittee, CommitteeId, MonitoringCommittee.State>
        implements CommitteeRepository {

    public InMemoryCommitteeRepository() {
        this(new UnitsOfWork());
    }

    InMemoryCommitteeRepository(UnitsOfWork units) {
        super("committee", units, MonitoringCommittee::snapshot, MonitoringCommittee::restore,
                CommitteeRepository.ORDER);
    }

    @Override
    public Optional<MonitoringCommittee> findByFramework(FrameworkId framework) {
        return findFirstWhere(s -> s.framework().equals(framework));
    }
}
