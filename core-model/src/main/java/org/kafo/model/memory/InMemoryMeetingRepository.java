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
        super("meeting");
    }

    InMemoryMeetingRepository(UnitsOfWork units) {
        super("meeting", units);
    }

    @Override
    Meeting.State snapshot(Meeting meeting) {
        return meeting.snapshot();
    }

    @Override
    Meeting restore(Meeting.State state, long version) {
        return Meeting.restore(state, version);
    }

    @Override
    public List<Meeting> findByFramework(FrameworkId framework) {
        return findWhere(s -> s.framework().equals(framework), MeetingRepository.ORDER);
    }
}
