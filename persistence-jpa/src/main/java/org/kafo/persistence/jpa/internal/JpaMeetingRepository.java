package org.kafo.persistence.jpa.internal;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingRepository;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/** Meetings in the database. */
public final class JpaMeetingRepository extends JpaRepository<Meeting, MeetingId, Meeting.State, MeetingEntity>
        implements MeetingRepository {

    public JpaMeetingRepository(EntityManagerSource entityManagers) {
        super(entityManagers, "meeting", MeetingEntity.class, MeetingEntity::new, new MeetingMapper(),
                Meeting::snapshot, Meeting::restore, MeetingRepository.ORDER);
    }

    @Override
    public List<Meeting> findByFramework(FrameworkId framework) {
        return listWhere("frameworkId", Keys.key(framework));
    }
}
