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
        super("committee");
    }

    InMemoryCommitteeRepository(UnitsOfWork units) {
        super("committee", units);
    }

    @Override
    MonitoringCommittee.State snapshot(MonitoringCommittee committee) {
        return committee.snapshot();
    }

    @Override
    MonitoringCommittee restore(MonitoringCommittee.State state, long version) {
        return MonitoringCommittee.restore(state, version);
    }

    @Override
    public Optional<MonitoringCommittee> findByFramework(FrameworkId framework) {
        return findWhere(s -> s.framework().equals(framework), CommitteeRepository.ORDER)
                .stream().findFirst();
    }
}
