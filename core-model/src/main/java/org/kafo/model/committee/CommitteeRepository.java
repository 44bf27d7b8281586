package org.kafo.model.committee;

import java.util.Optional;
import org.kafo.model.common.Repository;
import org.kafo.model.framework.FrameworkId;

/** Stores monitoring committees: one per framework. */
public interface CommitteeRepository extends Repository<MonitoringCommittee, CommitteeId> {

    Optional<MonitoringCommittee> findByFramework(FrameworkId framework);
}
