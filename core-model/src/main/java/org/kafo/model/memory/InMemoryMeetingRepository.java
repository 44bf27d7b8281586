package org.kafo.model.memory;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingRepository;

/** Meetings in memory. */
public final class InMemoryMeetingRepository extends InMemoryRepository<Meeting, MeetingId, Meeting.State>
        implements MeetingRepository {

    public InMemoryMeetingRepository() {
        this(new UnitsOfWork());
    }

    InMemoryMeetingRepository(UnitsOfWork units) {
        super("meeting", units, Meeting::snapshot, Meeting::restore, MeetingRepository.ORDER);
    }

    @Override
    public List<Meeting> findByFramework(FrameworkId framework) {
        return findWhere(s -> s.framework().equals(framework));
    }
}
