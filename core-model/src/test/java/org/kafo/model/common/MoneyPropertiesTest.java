package org.kafo.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.violationCode;
import static org.kafo.model.common.MoneyGenerators.francs;
import static org.kafo.model.common.MoneyGenerators.notFrancs;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class MoneyPropertiesTest {

    @Test
    void adding_is_commutative() {
        qt().forAll(francs(), francs()).checkAssert((a, b) -> assertThat(a.plus(b)).isEqualTo(b.plus(a)));
    }

    @Test
    void adding_is_associative() {
        qt().forAll(francs(), francs(), francs())
                .checkAssert((a, b, c) -> assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c))));
    }

    @Test
    void zero_adds_nothing() {
        qt().forAll(francs()).checkAssert(a -> {
            assertThat(a.plus(Money.zero(Money.XOF))).isEqualTo(a);
            assertThat(a.minus(Money.zero(Money.XOF))).isEqualTo(a);
        });
    }

    @Test
    void taking_away_what_was_added_gives_back_the_start() {
        qt().forAll(francs(), francs()).checkAssert((a, b) -> assertThat(a.plus(b).minus(b)).isEqualTo(a));
    }

    @Test
    void subtracting_in_sequence_is_subtracting_the_sum() {
        qt().forAll(francs(), francs(), francs()).checkAssert((a, b, c) -> {
            Money total = a.plus(b).plus(c);
            assertThat(total.minus(b).minus(c)).isEqualTo(total.minus(b.plus(c)));
        });
    }

    @Test
    void a_difference_is_never_negative() {
        qt().forAll(francs(), francs()).checkAssert((a, b) -> {
            if (b.isGreaterThan(a)) {
                assertThat(violationCode(() -> a.minus(b))).isEqualTo("money.negative");
            } else {
                assertThat(a.minus(b).amount()).isEqualTo(a.amount() - b.amount()).isNotNegative();
            }
        });
    }

    @Test
    void a_negative_amount_is_refused() {
        qt().forAll(longs().between(Long.MIN_VALUE, -1))
                .checkAssert(amount -> assertThat(violationCode(() -> Money.xof(amount))).isEqualTo("money.negative"));
    }

    @Test
    void other_currencies_are_refused_by_every_operation() {
        qt().forAll(francs(), notFrancs()).checkAssert((francs, other) -> {
            assertThat(violationCode(() -> francs.plus(other))).isEqualTo("money.currency-mismatch");
            assertThat(violationCode(() -> other.plus(francs))).isEqualTo("money.currency-mismatch");
            assertThat(violationCode(() -> francs.minus(other))).isEqualTo("money.currency-mismatch");
            assertThat(violationCode(() -> francs.compareTo(other))).isEqualTo("money.currency-mismatch");
            assertThat(violationCode(() -> other.isGreaterThan(francs))).isEqualTo("money.currency-mismatch");
        });
    }

    @Test
    void comparing_follows_the_amounts() {
        qt().forAll(francs(), francs()).checkAssert((a, b) ->
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(a.amount() - b.amount())));
    }

    @Test
    void comparing_is_antisymmetric() {
        qt().forAll(francs(), francs()).checkAssert((a, b) ->
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a))));
    }

    @Test
    void comparing_is_consistent_with_equals() {
        qt().forAll(francs(), francs()).checkAssert((a, b) -> {
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            assertThat(a.compareTo(Money.xof(a.amount()))).isZero();
        });
    }

    @Test
    void comparing_is_transitive() {
        qt().forAll(francs(), francs(), francs()).checkAssert((a, b, c) -> {
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
            }
        });
    }

    @Test
    void a_sum_is_never_less_than_its_parts() {
        qt().forAll(francs(), francs()).checkAssert((a, b) -> {
            assertThat(a.plus(b).compareTo(a)).isGreaterThanOrEqualTo(0);
            assertThat(a.plus(b).compareTo(b)).isGreaterThanOrEqualTo(0);
        });
    }
}
