package org.kafo.model.meeting;

import java.util.Comparator;
import java.util.List;
import org.kafo.model.common.Repository;
import org.kafo.model.framework.FrameworkId;

/** Stores meetings. */
public interface MeetingRepository extends Repository<Meeting, MeetingId> {

    /** The order every finder of every adapter returns them in: by sequence number. */
    Comparator<Meeting> ORDER = Comparator.comparingInt(Meeting::sequence);

    /** The framework's meetings by sequence number. */
    List<Meeting> findByFramework(FrameworkId framework);
}
