package org.kafo.model.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.kafo.model.framework.FrameworkId;

/**
 * The indicators of consultation frameworks as of a day: of one framework, or of several added up (a
 * cercle, a region, the country). Counts and amounts are sums over the frameworks, shares are
 * recomputed from the sums, so a store may add them up across a territory at once rather than
 * framework by framework. Only what was identified, adopted, held, filed or raised on or before the
 * day counts; the rule engine computes them from a framework's recorded history, a
 * {@link TotalsQueries} adapter where the history is stored, and both give the same records.
 *
 * <p>Counts are {@code long}s added without a check: each counts stored records, and no store holds
 * anywhere near 2^63 of them. Amounts are {@link org.kafo.model.common.MoneyTotal}s in CFA francs
 * (XOF), exact at any size.
 *
 * @param frameworks    the frameworks counted, in the order they were added up
 * @param asOf          the day they describe
 * @param meetings      meetings held against meetings due
 * @param actions       actions by status, and done on schedule
 * @param needs         needs carried into plans, the PDESC, the budget, met
 * @param contributions pledges and deliveries by party category
 * @param attendance    who came to the meetings
 * @param committee     the monitoring committee's reports and mandate revisions
 * @param obstacles     obstacles raised, reported, resolved
 */
public record FrameworkIndicators(List<FrameworkId> frameworks, LocalDate asOf, MeetingIndicators meetings,
        ActionIndicators actions, NeedIndicators needs, ContributionIndicators contributions,
        AttendanceIndicators attendance, CommitteeIndicators committee, ObstacleIndicators obstacles) {

    public FrameworkIndicators {
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

    /** No framework: every count zero. */
    public static FrameworkIndicators none(LocalDate asOf) {
        return new FrameworkIndicators(List.of(), asOf, MeetingIndicators.NONE, ActionIndicators.NONE,
                NeedIndicators.NONE, ContributionIndicators.NONE, AttendanceIndicators.NONE, CommitteeIndicators.NONE,
                ObstacleIndicators.NONE);
    }

    /**
     * Adds up the indicators of several frameworks, in their order; none gives zeros.
     *
     * @throws IllegalArgumentException if one of them is not as of {@code asOf}
     */
    public static FrameworkIndicators sum(LocalDate asOf, Collection<FrameworkIndicators> parts) {
        FrameworkIndicators sum = none(asOf);
        for (FrameworkIndicators part : parts) {
            sum = sum.plus(part);
        }
        return sum;
    }

    /**
     * These frameworks and the other's together: their frameworks after these, every count and amount added up.
     *
     * @throws IllegalArgumentException if the other is as of another day
     */
    public FrameworkIndicators plus(FrameworkIndicators other) {
        if (!other.asOf.equals(asOf)) {
            throw new IllegalArgumentException("indicators of frameworks " + other.frameworks + " are as of "
                    + other.asOf + ", not " + asOf);
        }
        List<FrameworkId> counted = new ArrayList<>(frameworks);
        counted.addAll(other.frameworks);
        return new FrameworkIndicators(counted, asOf, meetings.plus(other.meetings), actions.plus(other.actions),
                needs.plus(other.needs), contributions.plus(other.contributions), attendance.plus(other.attendance),
                committee.plus(other.committee), obstacles.plus(other.obstacles));
    }
}
