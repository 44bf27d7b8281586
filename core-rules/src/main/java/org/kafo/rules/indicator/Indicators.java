package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.Objects;
import org.kafo.model.Repositories;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.Situation;
import org.kafo.rules.process.Situations;

/**
 * The indicators of one consultation framework as of a day, computed from its recorded history.
 *
 * @param framework     the framework
 * @param asOf          the day they describe
 * @param meetings      meetings held against meetings due
 * @param actions       actions by status, and done on schedule
 * @param needs         needs carried into plans, the PDESC, the budget, met
 * @param contributions pledges and deliveries by party category
 * @param attendance    who came to the meetings
 * @param committee     the monitoring committee's reports and mandate revisions
 * @param obstacles     obstacles raised, reported, resolved
 */
public record Indicators(FrameworkId framework, LocalDate asOf, MeetingIndicators meetings, ActionIndicators actions,
        NeedIndicators needs, ContributionIndicators contributions, AttendanceIndicators attendance,
        CommitteeIndicators committee, ObstacleIndicators obstacles) {

    public Indicators {
        Objects.requireNonNull(framework, "framework is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        Objects.requireNonNull(meetings, "meetings are required");
        Objects.requireNonNull(actions, "actions are required");
        Objects.requireNonNull(needs, "needs are required");
        Objects.requireNonNull(contributions, "contributions are required");
        Objects.requireNonNull(attendance, "attendance is required");
        Objects.requireNonNull(committee, "committee is required");
        Objects.requireNonNull(obstacles, "obstacles are required");
    }

    /**
     * The indicators of the situation's framework.
     *
     * @throws IllegalStateException if the situation is outside any framework, or a party pledged to
     *                               an action is not among its organisations
     */
    public static Indicators of(Situation situation, LocalDate asOf) {
        Objects.requireNonNull(situation, "situation is required");
        Objects.requireNonNull(asOf, "as-of day is required");
        return new Indicators(situation.framework().id(), asOf, MeetingIndicators.compute(situation, asOf),
                ActionIndicators.compute(situation, asOf), NeedIndicators.compute(situation, asOf),
                ContributionIndicators.compute(situation, asOf), AttendanceIndicators.compute(situation, asOf),
                CommitteeIndicators.compute(situation, asOf), ObstacleIndicators.compute(situation, asOf));
    }

    /**
     * The indicators of a stored framework.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if there is no such framework
     */
    public static Indicators of(Repositories repositories, FrameworkId framework, LocalDate asOf) {
        return of(new Situations(repositories).of(framework), asOf);
    }
}
