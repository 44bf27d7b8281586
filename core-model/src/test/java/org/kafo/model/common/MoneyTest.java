package org.kafo.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.violationCode;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void francs_are_whole_xof_amounts() {
        // given
        Money pump = Money.xof(4_500_000);

        // when
        String shown = pump.toString();

        // then
        assertThat(pump.amount()).isEqualTo(4_500_000);
        assertThat(pump.currency()).isEqualTo(Money.XOF);
        assertThat(shown).isEqualTo("4500000 XOF");
    }

    @Test
    void money_is_never_negative() {
        assertThat(violationCode(() -> Money.xof(-1))).isEqualTo("money.negative");
    }

    @Test
    void a_currency_is_an_iso_code() {
        assertThat(violationCode(() -> new Money(100, "fcfa"))).isEqualTo("money.currency");
        assertThat(violationCode(() -> new Money(100, "FCFA"))).isEqualTo("money.currency");
        assertThat(violationCode(() -> new Money(100, null))).isEqualTo("required");
    }

    @Test
    void taking_away_more_than_there_is_is_refused() {
        // given
        Money commune = Money.xof(1_350_000);

        // when
        String code = violationCode(() -> commune.minus(Money.xof(1_350_001)));

        // then
        assertThat(code).isEqualTo("money.negative");
    }

    @Test
    void francs_and_euros_do_not_mix() {
        // given
        Money francs = Money.xof(655_957);
        Money euros = new Money(1_000, "EUR");

        // then
        assertThat(violationCode(() -> francs.plus(euros))).isEqualTo("money.currency-mismatch");
        assertThat(violationCode(() -> francs.minus(euros))).isEqualTo("money.currency-mismatch");
        assertThat(violationCode(() -> francs.compareTo(euros))).isEqualTo("money.currency-mismatch");
        assertThat(francs.sameCurrencyAs(euros)).isFalse();
    }

    @Test
    void zero_is_zero_in_its_currency() {
        assertThat(Money.zero("XOF")).isEqualTo(Money.xof(0));
        assertThat(Money.zero("XOF").isZero()).isTrue();
        assertThat(Money.xof(1).isGreaterThan(Money.zero("XOF"))).isTrue();
    }
}
