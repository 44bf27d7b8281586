package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kafo.model.Repositories;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.PlanReview;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.Situation;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.internal.Situations;

/**
 * The totals the database adds up give the same indicators as the rule engine computes from the
 * aggregates: after each of Dioro's stories (DioroThreeCyclesOnH2Test, DioroThreeCyclesOnPostgreSqlTest
 * call {@link #totalsEqualIndicators}), framework by framework on each day something happened
 * and the day before, and every four weeks for its cercle, its region and (on a database of its own)
 * the country.
 */
class TotalsEqualIndicatorsTest {

    /** How the three-cycle story names its framework. */
    private static final String STORY = "Cadre de concertation de Dioro : ";

    /**
     * Compares framework by framework on each day something happened and the day before, and for the
     * territories every four weeks.
     */
    static void totalsEqualIndicators(Databases.Database database, boolean wholeCountry) {
        Repositories repositories = database.repositories();
        TotalsQueries totals = database.repositories().totals();
        // The three-cycle story's frameworks only, framework by framework: other tests share PostgreSQL
        // and register communes named Dioro with frameworks of a few days (their sums still count in the
        // territories' below)
        List<Commune> dioro = repositories.communes().findByName("Dioro");
        List<ConsultationFramework> frameworks = dioro.stream()
                .flatMap(commune -> repositories.frameworks().findByCommune(commune.id()).stream())
                .filter(framework -> framework.name().startsWith(STORY)).toList();
        assertThat(frameworks).isNotEmpty();
        Situations situations = new Situations(repositories);
        SortedSet<LocalDate> days = new TreeSet<>();
        for (ConsultationFramework framework : frameworks) {
            Situation situation = situations.of(framework.id());
            SortedSet<LocalDate> happened = daysOf(situation);
            for (LocalDate day : happened) {
                for (LocalDate compared : List.of(day.minusDays(1), day)) {
                    assertThat(totals.ofFramework(framework.id(), compared))
                            .as("framework %s on %s", framework.name(), compared)
                            .isEqualTo(Indicators.of(situation, compared));
                }
            }
            assertThat(happened).hasSizeGreaterThan(3);
            days.addAll(happened);
        }
        Set<RegionId> regions = dioro.stream().flatMap(c -> c.assignments().stream()).map(Assignment::region)
                .collect(Collectors.toSet());
        Set<CercleId> cercles = dioro.stream().flatMap(c -> c.assignments().stream()).map(Assignment::cercle)
                .collect(Collectors.toSet());
        for (LocalDate day = days.first().minusDays(1); !day.isAfter(days.last().plusDays(28)); day = day.plusDays(28)) {
            for (RegionId region : regions) {
                assertThat(totals.sumOfRegion(region, day)).as("region %s's sum on %s", region, day)
                        .isEqualTo(FrameworkIndicators.sum(day, totals.ofRegion(region, day)));
                assertThat(totals.sumOfRegion(region, day)).as("region %s on %s", region, day)
                        .isEqualTo(Indicators.ofRegion(repositories, region, day));
            }
            for (CercleId cercle : cercles) {
                assertThat(totals.sumOfCercle(cercle, day)).as("cercle %s's sum on %s", cercle, day)
                        .isEqualTo(FrameworkIndicators.sum(day, totals.ofCercle(cercle, day)));
                assertThat(totals.sumOfCercle(cercle, day)).as("cercle %s on %s", cercle, day)
                        .isEqualTo(Indicators.ofCercle(repositories, cercle, day));
            }
            if (wholeCountry) {
                assertThat(totals.sumOfCountry(day)).as("the country's sum on %s", day)
                        .isEqualTo(FrameworkIndicators.sum(day, totals.ofCountry(day)));
                assertThat(totals.sumOfCountry(day)).as("the country on %s", day)
                        .isEqualTo(Indicators.ofCountry(repositories, day));
            }
        }
    }

    /** Every day on which something of the framework's history happened or fell due. */
    static SortedSet<LocalDate> daysOf(Situation situation) {
        SortedSet<LocalDate> days = new TreeSet<>();
        ConsultationFramework framework = situation.framework();
        framework.history().forEach(change -> days.add(change.on()));
        framework.memberships().forEach(m -> add(days, m.effective().from(), m.effective().to()));
        situation.needs().forEach(n -> days.add(n.identifiedOn()));
        for (Meeting meeting : situation.meetings()) {
            add(days, meeting.plannedOn(), meeting.heldOn().orElse(null), meeting.cancelledOn().orElse(null),
                    meeting.convocation().map(c -> c.issuedOn()).orElse(null));
            meeting.postponements().forEach(p -> add(days, p.from(), p.on()));
        }
        for (ActionPlan plan : situation.plans()) {
            add(days, plan.adoptedOn(), plan.period().start(), plan.period().end(), plan.period().end().plusDays(1),
                    plan.review().map(PlanReview::reviewedOn).orElse(null));
            plan.actions().forEach(a -> add(days, a.dueDate(), a.completedOn()));
        }
        situation.committee().ifPresent(c -> {
            days.add(c.installedOn());
            c.members().forEach(m -> add(days, m.effective().from(), m.effective().to()));
            c.mandateHistory().forEach(m -> days.add(m.adoptedOn()));
            c.reports().forEach(r -> days.add(r.filedOn()));
            c.obstacles().forEach(o -> add(days, o.raisedOn(), o.resolvedOn()));
        });
        return days;
    }

    private static void add(SortedSet<LocalDate> days, LocalDate... some) {
        for (LocalDate day : some) {
            if (day != null) {
                days.add(day);
            }
        }
    }

    @Test
    void an_unknown_framework_has_no_totals() {
        // given
        Databases.Database database = Databases.all().get(0);

        // when / then
        assertThatThrownBy(() -> database.repositories().totals().ofFramework(FrameworkId.newId(), LocalDate.of(2009, 3, 1)))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void no_framework_adds_up_to_zero() {
        // given
        Databases.Database database = Databases.h2Memory();
        try {
            // when
            FrameworkIndicators country = database.repositories().totals().sumOfCountry(LocalDate.of(2009, 3, 1));

            // then
            assertThat(country).isEqualTo(FrameworkIndicators.none(LocalDate.of(2009, 3, 1)));
            assertThat(database.repositories().totals().ofCountry(LocalDate.of(2009, 3, 1))).isEmpty();
        } finally {
            database.persistence().close();
        }
    }
}
