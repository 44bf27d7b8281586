package org.kafo.model.totals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.totals.FrameworkTotals.Actions;
import org.kafo.model.totals.FrameworkTotals.Attendance;
import org.kafo.model.totals.FrameworkTotals.Committee;
import org.kafo.model.totals.FrameworkTotals.Contributions;
import org.kafo.model.totals.FrameworkTotals.Meetings;
import org.kafo.model.totals.FrameworkTotals.Needs;
import org.kafo.model.totals.FrameworkTotals.Obstacles;

/**
 * The totals of several frameworks added up, for a cercle, a region or the whole country: every count
 * and amount of {@link FrameworkTotals} is a sum over the frameworks, so a database may add them up
 * across the territory at once rather than framework by framework. {@code committee.installed()}
 * counts the frameworks whose committee was installed by the day.
 *
 * @param frameworks the frameworks counted, in the order of {@link TotalsQueries}' lists
 * @param asOf       the day they describe
 */
public record CombinedTotals(List<FrameworkId> frameworks, LocalDate asOf, Meetings meetings, Actions actions,
        Needs needs, Contributions contributions, Attendance attendance, Committee committee, Obstacles obstacles) {

    public CombinedTotals {
        frameworks = List.copyOf(frameworks);
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
     * Adds up the totals of several frameworks, in their order; none gives zeros.
     *
     * @throws IllegalArgumentException if one of them is not as of {@code asOf}
     */
    public static CombinedTotals of(LocalDate asOf, List<FrameworkTotals> parts) {
        Objects.requireNonNull(asOf, "as-of day is required");
        List<FrameworkId> frameworks = new ArrayList<>(parts.size());
        Meetings meetings = Meetings.NONE;
        Actions actions = Actions.NONE;
        Needs needs = Needs.NONE;
        Contributions contributions = Contributions.NONE;
        Attendance attendance = Attendance.NONE;
        Committee committee = Committee.NONE;
        Obstacles obstacles = Obstacles.NONE;
        for (FrameworkTotals part : parts) {
            if (!part.asOf().equals(asOf)) {
                throw new IllegalArgumentException("totals of framework " + part.framework() + " are as of "
                        + part.asOf() + ", not " + asOf);
            }
            frameworks.add(part.framework());
            meetings = meetings.plus(part.meetings());
            actions = actions.plus(part.actions());
            needs = needs.plus(part.needs());
            contributions = contributions.plus(part.contributions());
            attendance = attendance.plus(part.attendance());
            committee = committee.plus(part.committee());
            obstacles = obstacles.plus(part.obstacles());
        }
        return new CombinedTotals(frameworks, asOf, meetings, actions, needs, contributions, attendance, committee,
                obstacles);
    }
}
