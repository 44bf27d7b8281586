package org.kafo.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.violationCode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodAndEffectiveTest {

    @Test
    void a_quarter_fits_within_three_months_and_a_day_more_does_not() {
        // given
        Period quarter = Period.of(LocalDate.of(2008, 4, 1), LocalDate.of(2008, 6, 30));
        Period quarterAndADay = Period.of(LocalDate.of(2008, 4, 1), LocalDate.of(2008, 7, 1));

        // then
        assertThat(quarter.fitsWithinMonths(3)).isTrue();
        assertThat(quarter.days()).isEqualTo(91);
        assertThat(quarterAndADay.fitsWithinMonths(3)).isFalse();
        assertThat(Period.ofMonths(LocalDate.of(2008, 4, 1), 3)).isEqualTo(quarter);
    }

    @Test
    void a_period_to_the_end_of_a_shorter_month_counts_as_whole_months() {
        // given
        LocalDate lastOfNovember = LocalDate.of(2008, 11, 30);
        LocalDate lastOfAugust = LocalDate.of(2008, 8, 31);

        // then
        assertThat(Period.of(lastOfNovember, LocalDate.of(2009, 2, 28)).fitsWithinMonths(3)).isTrue();
        assertThat(Period.of(lastOfNovember, LocalDate.of(2009, 3, 1)).fitsWithinMonths(3)).isFalse();
        assertThat(Period.ofMonths(lastOfNovember, 3).end()).isEqualTo(LocalDate.of(2009, 2, 28));
        assertThat(Period.ofMonths(lastOfAugust, 3).end()).isEqualTo(LocalDate.of(2008, 11, 30));
        assertThat(Period.ofMonths(LocalDate.of(2009, 3, 1), 3).end()).isEqualTo(LocalDate.of(2009, 5, 31));
    }

    @Test
    void a_period_ends_no_earlier_than_it_starts() {
        assertThat(violationCode(() -> Period.of(LocalDate.of(2008, 4, 1), LocalDate.of(2008, 3, 31))))
                .isEqualTo("dates.order");
        assertThat(violationCode(() -> Period.of(null, LocalDate.of(2008, 3, 31)))).isEqualTo("required");
        assertThat(violationCode(() -> Period.ofMonths(LocalDate.of(2008, 4, 1), 0))).isEqualTo("not-positive");
    }

    @Test
    void a_single_day_is_a_period() {
        Period day = Period.of(LocalDate.of(2008, 4, 8), LocalDate.of(2008, 4, 8));

        assertThat(day.days()).isEqualTo(1);
        assertThat(day.contains(LocalDate.of(2008, 4, 8))).isTrue();
        assertThat(day).hasToString("2008-04-08..2008-04-08");
    }

    @Test
    void an_open_span_runs_from_its_first_day_on() {
        // given
        Effective markalaCercle = Effective.since(LocalDate.of(2024, 9, 24));

        // then
        assertThat(markalaCercle.isOpenEnded()).isTrue();
        assertThat(markalaCercle.isOn(LocalDate.of(2024, 9, 23))).isFalse();
        assertThat(markalaCercle.isOn(LocalDate.of(2024, 9, 24))).isTrue();
        assertThat(markalaCercle.isOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void ending_a_span_keeps_its_start() {
        // given
        Effective span = Effective.since(LocalDate.of(1999, 6, 1));

        // when
        Effective ended = span.endingOn(LocalDate.of(2024, 9, 23));

        // then
        assertThat(ended).isEqualTo(new Effective(LocalDate.of(1999, 6, 1), LocalDate.of(2024, 9, 23)));
        assertThat(ended.isOpenEnded()).isFalse();
        assertThat(violationCode(() -> span.endingOn(LocalDate.of(1999, 5, 31)))).isEqualTo("dates.order");
        assertThat(violationCode(() -> span.endingOn(null))).isEqualTo("required");
    }

    @Test
    void a_span_with_no_known_start_was_always_there() {
        assertThat(Effective.ALWAYS.isOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(new Effective(null, LocalDate.of(2024, 9, 23)).isOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(new Effective(null, LocalDate.of(2024, 9, 23)).isOn(LocalDate.of(2024, 9, 24))).isFalse();
        assertThat(violationCode(() -> Effective.since(null))).isEqualTo("required");
    }
}
