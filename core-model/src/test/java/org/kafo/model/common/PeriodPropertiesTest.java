package org.kafo.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PeriodPropertiesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(1999, 1, 1);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 40 * 366).map(FIRST_DAY::plusDays);
    }

    /** Mostly short, plan-sized periods, so that pairs of them often touch or overlap. */
    @Provide
    Arbitrary<Period> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 3 * 366), Arbitraries.integers().between(0, 200))
                .as((offset, length) -> Period.of(FIRST_DAY.plusDays(offset), FIRST_DAY.plusDays(offset + length)));
    }

    /** Either end may be open. */
    @Provide
    Arbitrary<Effective> effectives() {
        return Combinators.combine(periods(), Arbitraries.integers().between(0, 3))
                .as((period, open) -> new Effective((open & 1) == 0 ? period.start() : null,
                        (open & 2) == 0 ? period.end() : null));
    }

    @Provide
    Arbitrary<LocalDate> startsOfPlans() {
        return days();
    }

    @Property
    void periods_overlap_each_other_or_neither(@ForAll("periods") Period a, @ForAll("periods") Period b) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    }

    @Property
    void periods_overlap_when_they_share_a_day(@ForAll("periods") Period a, @ForAll("periods") Period b) {
        boolean shareADay = !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
        assertThat(a.overlaps(b)).isEqualTo(shareADay);
    }

    @Property
    void a_period_contains_a_day_when_it_overlaps_that_single_day(@ForAll("periods") Period period,
            @ForAll("days") LocalDate day) {
        Period oneDay = Period.of(day, day);
        assertThat(period.contains(day)).isEqualTo(period.overlaps(oneDay)).isEqualTo(oneDay.overlaps(period));
    }

    @Property
    void a_period_contains_its_first_and_last_day_and_no_day_outside(@ForAll("periods") Period period) {
        assertThat(period.contains(period.start())).isTrue();
        assertThat(period.contains(period.end())).isTrue();
        assertThat(period.contains(period.start().minusDays(1))).isFalse();
        assertThat(period.contains(period.end().plusDays(1))).isFalse();
        assertThat(period.overlaps(period)).isTrue();
    }

    @Property
    void a_period_counts_both_its_ends(@ForAll("periods") Period period) {
        assertThat(period.days()).isEqualTo(period.start().datesUntil(period.end().plusDays(1)).count());
    }

    @Property
    void a_period_of_exactly_n_months_fits_in_n_months_and_one_day_more_does_not(
            @ForAll("startsOfPlans") LocalDate start, @ForAll @IntRange(min = 1, max = 24) int months) {
        // given
        Period exactly = Period.ofMonths(start, months);
        Period oneDayMore = Period.of(start, exactly.end().plusDays(1));

        // then
        assertThat(exactly.fitsWithinMonths(months)).isTrue();
        assertThat(oneDayMore.fitsWithinMonths(months)).isFalse();
    }

    @Property
    void what_fits_in_n_months_fits_in_more(@ForAll("periods") Period period,
            @ForAll @IntRange(min = 1, max = 24) int months) {
        if (period.fitsWithinMonths(months)) {
            assertThat(period.fitsWithinMonths(months + 1)).isTrue();
        }
    }

    @Property
    void n_months_from_a_day_last_until_the_day_before_the_same_date_n_months_later(
            @ForAll("startsOfPlans") LocalDate start, @ForAll @IntRange(min = 1, max = 24) int months) {
        Assume.that(start.getDayOfMonth() <= 28);
        assertThat(Period.ofMonths(start, months).end()).isEqualTo(start.plusMonths(months).minusDays(1));
    }

    @Property
    void n_months_never_end_before_the_day_before_the_same_date_n_months_later(
            @ForAll("startsOfPlans") LocalDate start, @ForAll @IntRange(min = 1, max = 24) int months) {
        assertThat(Period.ofMonths(start, months).end()).isAfterOrEqualTo(start.plusMonths(months).minusDays(1));
    }

    @Property
    void effective_spans_overlap_each_other_or_neither(@ForAll("effectives") Effective a,
            @ForAll("effectives") Effective b) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    }

    @Property
    void effective_spans_overlap_when_a_day_is_in_both(@ForAll("effectives") Effective a,
            @ForAll("effectives") Effective b) {
        boolean shareADay = FIRST_DAY.minusDays(1).datesUntil(FIRST_DAY.plusDays(4 * 366))
                .anyMatch(day -> a.isOn(day) && b.isOn(day));
        assertThat(a.overlaps(b)).isEqualTo(shareADay);
    }

    @Property
    void an_effective_span_is_on_a_day_when_it_overlaps_that_single_day(@ForAll("effectives") Effective span,
            @ForAll("days") LocalDate day) {
        Effective oneDay = new Effective(day, day);
        assertThat(span.isOn(day)).isEqualTo(span.overlaps(oneDay)).isEqualTo(oneDay.overlaps(span));
    }

    @Property
    void always_overlaps_everything(@ForAll("effectives") Effective span) {
        assertThat(Effective.ALWAYS.overlaps(span)).isTrue();
        assertThat(span.overlaps(Effective.ALWAYS)).isTrue();
    }

    @Property
    void a_span_ended_the_day_before_another_starts_does_not_overlap_it(@ForAll("days") LocalDate since,
            @ForAll @IntRange(min = 1, max = 4000) int days) {
        // given
        LocalDate change = since.plusDays(days);
        Effective before = Effective.since(since).endingOn(change.minusDays(1));
        Effective after = Effective.since(change);

        // then
        assertThat(before.overlaps(after)).isFalse();
        assertThat(before.endingOn(change).overlaps(after)).isTrue();
    }
}
