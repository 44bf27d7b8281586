package org.kafo.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.violationCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MoneyPropertiesTest {

    /** Up to a trillion francs: far more than any commune budget, far from overflow. */
    @Provide
    Arbitrary<Money> francs() {
        return Arbitraries.longs().between(0, 1_000_000_000_000L).map(Money::xof);
    }

    @Provide
    Arbitrary<Money> notFrancs() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(3).filter(code -> !code.equals(Money.XOF))
                .flatMap(code -> Arbitraries.longs().between(0, 1_000_000_000L).map(amount -> new Money(amount, code)));
    }

    @Property
    void adding_is_commutative(@ForAll("francs") Money a, @ForAll("francs") Money b) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void adding_is_associative(@ForAll("francs") Money a, @ForAll("francs") Money b, @ForAll("francs") Money c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property
    void zero_adds_nothing(@ForAll("francs") Money a) {
        assertThat(a.plus(Money.zero(Money.XOF))).isEqualTo(a);
        assertThat(a.minus(Money.zero(Money.XOF))).isEqualTo(a);
    }

    @Property
    void taking_away_what_was_added_gives_back_the_start(@ForAll("francs") Money a, @ForAll("francs") Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
    }

    @Property
    void subtracting_in_sequence_is_subtracting_the_sum(@ForAll("francs") Money a, @ForAll("francs") Money b,
            @ForAll("francs") Money c) {
        Money total = a.plus(b).plus(c);
        assertThat(total.minus(b).minus(c)).isEqualTo(total.minus(b.plus(c)));
    }

    @Property
    void a_difference_is_never_negative(@ForAll("francs") Money a, @ForAll("francs") Money b) {
        if (b.isGreaterThan(a)) {
            assertThat(violationCode(() -> a.minus(b))).isEqualTo("money.negative");
        } else {
            assertThat(a.minus(b).amount()).isEqualTo(a.amount() - b.amount()).isNotNegative();
        }
    }

    @Property
    void a_negative_amount_is_refused(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long amount) {
        assertThat(violationCode(() -> Money.xof(amount))).isEqualTo("money.negative");
    }

    @Property
    void other_currencies_are_refused_by_every_operation(@ForAll("francs") Money francs,
            @ForAll("notFrancs") Money other) {
        assertThat(violationCode(() -> francs.plus(other))).isEqualTo("money.currency-mismatch");
        assertThat(violationCode(() -> other.plus(francs))).isEqualTo("money.currency-mismatch");
        assertThat(violationCode(() -> francs.minus(other))).isEqualTo("money.currency-mismatch");
        assertThat(violationCode(() -> francs.compareTo(other))).isEqualTo("money.currency-mismatch");
        assertThat(violationCode(() -> other.isGreaterThan(francs))).isEqualTo("money.currency-mismatch");
    }

    @Property
    void comparing_follows_the_amounts(@ForAll("francs") Money a, @ForAll("francs") Money b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(a.amount() - b.amount()));
    }

    @Property
    void comparing_is_antisymmetric(@ForAll("francs") Money a, @ForAll("francs") Money b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void comparing_is_consistent_with_equals(@ForAll("francs") Money a, @ForAll("francs") Money b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(a.compareTo(Money.xof(a.amount()))).isZero();
    }

    @Property
    void comparing_is_transitive(@ForAll("francs") Money a, @ForAll("francs") Money b, @ForAll("francs") Money c) {
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void a_sum_is_never_less_than_its_parts(@ForAll("francs") Money a, @ForAll("francs") Money b) {
        assertThat(a.plus(b).compareTo(a)).isGreaterThanOrEqualTo(0);
        assertThat(a.plus(b).compareTo(b)).isGreaterThanOrEqualTo(0);
    }
}
