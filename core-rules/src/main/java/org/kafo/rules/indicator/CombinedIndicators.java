package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.RegionId;
import org.kafo.model.totals.CombinedTotals;
import org.kafo.model.totals.TotalsQueries;

/**
 * The indicators of several frameworks added up, for a cercle, a region or the whole country: counts
 * and amounts are summed, shares recomputed from the summed counts.
 *
 * @param frameworks the frameworks counted
 * @param asOf       the day they describe
 */
public record CombinedIndicators(List<FrameworkId> frameworks, LocalDate asOf, MeetingIndicators meetings,
        ActionIndicators actions, NeedIndicators needs, ContributionIndicators contributions,
        AttendanceIndicators attendance, CommitteeIndicators committee, ObstacleIndicators obstacles) {

    public CombinedIndicators {
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
     * Adds up the indicators of several frameworks; none gives zeros.
     *
     * @throws IllegalArgumentException if one of them is not as of {@code asOf}
     */
    public static CombinedIndicators of(LocalDate asOf, Collection<Indicators> parts) {
        Objects.requireNonNull(asOf, "as-of day is required");
        CombinedIndicators sum = new CombinedIndicators(List.of(), asOf, MeetingIndicators.NONE,
                ActionIndicators.NONE, NeedIndicators.NONE, ContributionIndicators.NONE, AttendanceIndicators.NONE,
                CommitteeIndicators.NONE, ObstacleIndicators.NONE);
        for (Indicators part : parts) {
            if (!part.asOf().equals(asOf)) {
                throw new IllegalArgumentException("indicators of framework " + part.framework() + " are as of "
                        + part.asOf() + ", not " + asOf);
            }
            sum = sum.plus(part);
        }
        return sum;
    }

    /** Every framework proposed by the day. */
    public static CombinedIndicators ofCountry(Repositories repositories, LocalDate asOf) {
        return ofCommunes(repositories, asOf, commune -> true);
    }

    /** The frameworks of the communes that belonged to the region on the day. */
    public static CombinedIndicators ofRegion(Repositories repositories, RegionId region, LocalDate asOf) {
        Objects.requireNonNull(region, "region is required");
        return ofCommunes(repositories, asOf, commune -> commune.assignmentOn(asOf).map(Assignment::region)
                .filter(region::equals).isPresent());
    }

    /** The frameworks of the communes that belonged to the cercle on the day. */
    public static CombinedIndicators ofCercle(Repositories repositories, CercleId cercle, LocalDate asOf) {
        Objects.requireNonNull(cercle, "cercle is required");
        return ofCommunes(repositories, asOf, commune -> commune.assignmentOn(asOf).map(Assignment::cercle)
                .filter(cercle::equals).isPresent());
    }

    /**
     * Every framework proposed by the day, added up where the histories are stored: the same
     * indicators as {@link #ofCountry(Repositories, LocalDate)}, without loading a single aggregate.
     */
    public static CombinedIndicators ofCountry(TotalsQueries totals, LocalDate asOf) {
        Objects.requireNonNull(totals, "totals are required");
        return of(totals.sumOfCountry(asOf));
    }

    /** As {@link #ofRegion(Repositories, RegionId, LocalDate)}, added up where the histories are stored. */
    public static CombinedIndicators ofRegion(TotalsQueries totals, RegionId region, LocalDate asOf) {
        Objects.requireNonNull(totals, "totals are required");
        Objects.requireNonNull(region, "region is required");
        return of(totals.sumOfRegion(region, asOf));
    }

    /** As {@link #ofCercle(Repositories, CercleId, LocalDate)}, added up where the histories are stored. */
    public static CombinedIndicators ofCercle(TotalsQueries totals, CercleId cercle, LocalDate asOf) {
        Objects.requireNonNull(totals, "totals are required");
        Objects.requireNonNull(cercle, "cercle is required");
        return of(totals.sumOfCercle(cercle, asOf));
    }

    /**
     * The indicators of frameworks whose totals were added up where they are stored: counts and
     * amounts are the sums, shares recomputed from them, as {@link #of(LocalDate, Collection)} gives
     * from each framework's indicators.
     */
    public static CombinedIndicators of(CombinedTotals totals) {
        Objects.requireNonNull(totals, "totals are required");
        return new CombinedIndicators(totals.frameworks(), totals.asOf(), Indicators.meetings(totals.meetings()),
                Indicators.actions(totals.actions()), Indicators.needs(totals.needs()),
                Indicators.contributions(totals.contributions()), Indicators.attendance(totals.attendance()),
                Indicators.committee(totals.committee()), Indicators.obstacles(totals.obstacles()));
    }

    private static CombinedIndicators ofCommunes(Repositories repositories, LocalDate asOf,
            Predicate<Commune> selected) {
        Objects.requireNonNull(repositories, "repositories are required");
        Objects.requireNonNull(asOf, "as-of day is required");
        List<Indicators> parts = repositories.communes().findAll().stream().filter(selected)
                .flatMap(commune -> repositories.frameworks().findByCommune(commune.id()).stream())
                .filter(framework -> AsOf.onOrBefore(framework.proposedOn(), asOf))
                .map(ConsultationFramework::id)
                .map(framework -> Indicators.of(repositories, framework, asOf))
                .toList();
        return of(asOf, parts);
    }

    private CombinedIndicators plus(Indicators part) {
        List<FrameworkId> counted = new ArrayList<>(frameworks);
        counted.add(part.framework());
        return new CombinedIndicators(counted, asOf, meetings.plus(part.meetings()), actions.plus(part.actions()),
                needs.plus(part.needs()), contributions.plus(part.contributions()),
                attendance.plus(part.attendance()), committee.plus(part.committee()),
                obstacles.plus(part.obstacles()));
    }
}
