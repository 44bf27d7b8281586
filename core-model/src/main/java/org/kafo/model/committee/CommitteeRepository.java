package org.kafo.model.committee;

import java.util.Comparator;
import java.util.Optional;
import org.kafo.model.common.Repository;
import org.kafo.model.framework.FrameworkId;

/** Stores monitoring committees: one per framework. */
public interface CommitteeRepository extends Repository<MonitoringCommittee, CommitteeId> {

    /** The order every finder of every adapter returns them in: by installation day. */
    Comparator<MonitoringCommittee> ORDER = Comparator.comparing(MonitoringCommittee::installedOn);

    Optional<MonitoringCommittee> findByFramework(FrameworkId framework);
}
