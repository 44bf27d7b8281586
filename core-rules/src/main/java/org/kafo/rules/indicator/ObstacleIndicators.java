package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.meeting.Meeting;
import org.kafo.rules.Situation;

/**
 * The obstacles the committee raised on or before the day, how many reached a meeting (MON-3) and
 * how many were resolved by then.
 *
 * @param raised   obstacles raised
 * @param reported of them, put before a meeting held by the day
 * @param resolved of them, resolved by the day
 */
public record ObstacleIndicators(long raised, long reported, long resolved) {

    public static final ObstacleIndicators NONE = new ObstacleIndicators(0, 0, 0);

    static ObstacleIndicators compute(Situation situation, LocalDate day) {
        List<Obstacle> raised = situation.committee().map(MonitoringCommittee::obstacles).orElse(List.of()).stream()
                .filter(o -> AsOf.onOrBefore(o.raisedOn(), day)).toList();
        long reported = raised.stream().filter(o -> o.reportedToMeeting().flatMap(situation::meeting)
                .flatMap(Meeting::heldOn).filter(held -> AsOf.onOrBefore(held, day)).isPresent()).count();
        long resolved = raised.stream().filter(o -> AsOf.onOrBefore(o.resolvedOn(), day)).count();
        return new ObstacleIndicators(raised.size(), reported, resolved);
    }

    /** Raised and not resolved by the day. */
    public long open() {
        return raised - resolved;
    }

    public Share resolvedShare() {
        return Share.of(resolved, raised);
    }

    public ObstacleIndicators plus(ObstacleIndicators o) {
        return new ObstacleIndicators(raised + o.raised, reported + o.reported, resolved + o.resolved);
    }
}
