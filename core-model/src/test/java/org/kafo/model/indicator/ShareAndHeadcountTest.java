package org.kafo.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;

class ShareAndHeadcountTest {

    @Test
    void a_share_is_given_in_percent_rounded_half_up_to_one_decimal() {
        assertThat(Share.of(1, 8).percent()).contains(new BigDecimal("12.5"));
        assertThat(Share.of(2, 3).percent()).contains(new BigDecimal("66.7"));
        assertThat(Share.of(1, 3).percent()).contains(new BigDecimal("33.3"));
        assertThat(Share.of(0, 5).percent()).contains(new BigDecimal("0.0"));
    }

    @Test
    void a_share_of_nothing_has_no_percentage() {
        assertThat(Share.of(0, 0).isDefined()).isFalse();
        assertThat(Share.of(0, 0).percent()).isEmpty();
        assertThat(Share.of(0, 0)).hasToString("0/0 (n/a)");
    }

    @Test
    void more_than_was_due_is_above_a_hundred_percent() {
        assertThat(Share.of(5, 4).percent()).contains(new BigDecimal("125.0"));
        assertThat(Share.of(5, 4)).hasToString("5/4 (125.0 %)");
    }

    @Test
    void a_negative_count_is_not_a_share() {
        assertThatThrownBy(() -> Share.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_headcount_counts_the_women_and_the_youth_among_the_people() {
        // given
        List<Person> people = List.of(new Person("Aminata Traoré", Sex.FEMALE, false, null),
                new Person("Fatoumata Keïta", Sex.FEMALE, true, null), new Person("Seydou Dembélé", Sex.MALE, true, null),
                Person.of("Moussa Coulibaly", Sex.MALE));

        // when
        Headcount count = Headcount.of(people);

        // then
        assertThat(count).isEqualTo(new Headcount(4, 2, 2));
        assertThat(count.womenShare().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void more_women_than_people_is_not_a_headcount() {
        assertThatThrownBy(() -> new Headcount(2, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_part_of_a_whole_is_between_none_and_all_of_it() {
        qt().forAll(longs().between(0, 1_000_000_000_000L), longs().between(0, 1_000_000_000_000L))
                .checkAssert((whole, part) -> {
                    // given
                    Share share = Share.of(Math.min(part, whole), whole);

                    // then
                    if (whole == 0) {
                        assertThat(share.percent()).isEmpty();
                    } else {
                        assertThat(share.percent()).hasValueSatisfying(p -> assertThat(p).isBetween(BigDecimal.ZERO,
                                new BigDecimal("100.0")));
                    }
                });
    }

    @Test
    void shares_added_together_lie_between_their_parts() {
        qt().forAll(longs().between(1, 1_000_000), longs().between(0, 1_000_000), longs().between(1, 1_000_000),
                        longs().between(0, 1_000_000))
                .checkAssert((wholeA, partA, wholeB, partB) -> {
                    // given
                    Share a = Share.of(Math.min(partA, wholeA), wholeA);
                    Share b = Share.of(Math.min(partB, wholeB), wholeB);

                    // when
                    BigDecimal combined = a.plus(b).percent().orElseThrow();

                    // then
                    BigDecimal low = a.percent().orElseThrow().min(b.percent().orElseThrow());
                    BigDecimal high = a.percent().orElseThrow().max(b.percent().orElseThrow());
                    assertThat(combined)
                            .isBetween(low.subtract(new BigDecimal("0.1")), high.add(new BigDecimal("0.1")));
                });
    }
}
