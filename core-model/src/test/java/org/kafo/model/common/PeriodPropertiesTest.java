package org.kafo.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.common.PeriodGenerators.FIRST_DAY;
import static org.kafo.model.common.PeriodGenerators.days;
import static org.kafo.model.common.PeriodGenerators.effectives;
import static org.kafo.model.common.PeriodGenerators.periods;
import static org.kafo.model.common.PeriodGenerators.startsOfPlans;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodPropertiesTest {

    @Test
    void periods_overlap_each_other_or_neither() {
        qt().forAll(periods(), periods()).checkAssert((a, b) -> assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a)));
    }

    @Test
    void periods_overlap_when_they_share_a_day() {
        qt().forAll(periods(), periods()).checkAssert((a, b) -> {
            boolean shareADay = !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
            assertThat(a.overlaps(b)).isEqualTo(shareADay);
        });
    }

    @Test
    void a_period_contains_a_day_when_it_overlaps_that_single_day() {
        qt().forAll(periods(), days()).checkAssert((period, day) -> {
            Period oneDay = Period.of(day, day);
            assertThat(period.contains(day)).isEqualTo(period.overlaps(oneDay)).isEqualTo(oneDay.overlaps(period));
        });
    }

    @Test
    void a_period_contains_its_first_and_last_day_and_no_day_outside() {
        qt().forAll(periods()).checkAssert(period -> {
            assertThat(period.contains(period.start())).isTrue();
            assertThat(period.contains(period.end())).isTrue();
            assertThat(period.contains(period.start().minusDays(1))).isFalse();
            assertThat(period.contains(period.end().plusDays(1))).isFalse();
            assertThat(period.overlaps(period)).isTrue();
        });
    }

    @Test
    void a_period_counts_both_its_ends() {
        qt().forAll(periods()).checkAssert(period ->
                assertThat(period.days()).isEqualTo(period.start().datesUntil(period.end().plusDays(1)).count()));
    }

    @Test
    void a_period_of_exactly_n_months_fits_in_n_months_and_one_day_more_does_not() {
        qt().forAll(startsOfPlans(), integers().between(1, 24)).checkAssert((start, months) -> {
            // given
            Period exactly = Period.ofMonths(start, months);
            Period oneDayMore = Period.of(start, exactly.end().plusDays(1));

            // then
            assertThat(exactly.fitsWithinMonths(months)).isTrue();
            assertThat(oneDayMore.fitsWithinMonths(months)).isFalse();
        });
    }

    @Test
    void what_fits_in_n_months_fits_in_more() {
        qt().forAll(periods(), integers().between(1, 24)).checkAssert((period, months) -> {
            if (period.fitsWithinMonths(months)) {
                assertThat(period.fitsWithinMonths(months + 1)).isTrue();
            }
        });
    }

    @Test
    void n_months_from_a_day_last_until_the_day_before_the_same_date_n_months_later() {
        qt().forAll(startsOfPlans(), integers().between(1, 24))
                .assuming((start, months) -> start.getDayOfMonth() <= 28)
                .checkAssert((start, months) -> assertThat(Period.ofMonths(start, months).end())
                        .isEqualTo(start.plusMonths(months).minusDays(1)));
    }

    @Test
    void n_months_never_end_before_the_day_before_the_same_date_n_months_later() {
        qt().forAll(startsOfPlans(), integers().between(1, 24)).checkAssert((start, months) ->
                assertThat(Period.ofMonths(start, months).end())
                        .isAfterOrEqualTo(start.plusMonths(months).minusDays(1)));
    }

    @Test
    void effective_spans_overlap_each_other_or_neither() {
        qt().forAll(effectives(), effectives())
                .checkAssert((a, b) -> assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a)));
    }

    @Test
    void effective_spans_overlap_when_a_day_is_in_both() {
        qt().forAll(effectives(), effectives()).checkAssert((a, b) -> {
            boolean shareADay = FIRST_DAY.minusDays(1).datesUntil(FIRST_DAY.plusDays(4 * 366))
                    .anyMatch(day -> a.isOn(day) && b.isOn(day));
            assertThat(a.overlaps(b)).isEqualTo(shareADay);
        });
    }

    @Test
    void an_effective_span_is_on_a_day_when_it_overlaps_that_single_day() {
        qt().forAll(effectives(), days()).checkAssert((span, day) -> {
            Effective oneDay = new Effective(day, day);
            assertThat(span.isOn(day)).isEqualTo(span.overlaps(oneDay)).isEqualTo(oneDay.overlaps(span));
        });
    }

    @Test
    void always_overlaps_everything() {
        qt().forAll(effectives()).checkAssert(span -> {
            assertThat(Effective.ALWAYS.overlaps(span)).isTrue();
            assertThat(span.overlaps(Effective.ALWAYS)).isTrue();
        });
    }

    @Test
    void a_span_ended_the_day_before_another_starts_does_not_overlap_it() {
        qt().forAll(days(), integers().between(1, 4000)).checkAssert((since, days) -> {
            // given
            LocalDate change = since.plusDays(days);
            Effective before = Effective.since(since).endingOn(change.minusDays(1));
            Effective after = Effective.since(change);

            // then
            assertThat(before.overlaps(after)).isFalse();
            assertThat(before.endingOn(change).overlaps(after)).isTrue();
        });
    }
}
