package org.kafo.model.committee;

import java.time.LocalDate;
import java.util.Optional;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.PlanId;

/**
 * What blocks an action, as the committee identified it; reported to a meeting of the framework
 * so that the parties find a solution.
 *
 * @param reportedTo the meeting it was put before; optional until reported
 * @param resolution how it was solved; optional until resolved
 */
public record Obstacle(ObstacleId id, PlanId plan, ActionId action, String description, LocalDate raisedOn,
        MeetingId reportedTo, String resolution, LocalDate resolvedOn) {

    public Obstacle {
        Require.present(id, "obstacle id");
        Require.present(plan, "plan");
        Require.present(action, "action");
        description = Require.text(description, "description", Limits.TEXT);
        Require.day(raisedOn, "raised on");
        resolution = Require.optionalText(resolution, "resolution", Limits.TEXT);
        Require.state((resolution == null) == (resolvedOn == null), "obstacle.resolution",
                "a resolved obstacle has a resolution and the day it was resolved");
        Require.optionalDay(resolvedOn, "resolved on");
        Require.notBefore(resolvedOn, raisedOn, "resolution", "raising");
    }

    public ObstacleStatus status() {
        if (resolution != null) {
            return ObstacleStatus.RESOLVED;
        }
        return reportedTo == null ? ObstacleStatus.OPEN : ObstacleStatus.REPORTED;
    }

    public boolean isUnresolved() {
        return resolution == null;
    }

    public Optional<MeetingId> reportedToMeeting() {
        return Optional.ofNullable(reportedTo);
    }

    Obstacle reportTo(MeetingId meeting) {
        return new Obstacle(id, plan, action, description, raisedOn, meeting, resolution, resolvedOn);
    }

    Obstacle resolve(String how, LocalDate on) {
        return new Obstacle(id, plan, action, description, raisedOn, reportedTo, how, on);
    }
}
