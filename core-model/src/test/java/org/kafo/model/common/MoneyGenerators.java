package org.kafo.model.common;

import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import org.quicktheories.core.Gen;

/** Amounts of money for properties: francs, and money in any other currency. */
final class MoneyGenerators {

    private MoneyGenerators() {
    }

    /** Up to a trillion francs: far more than any commune budget, far from overflow. */
    static Gen<Money> francs() {
        return longs().between(0, 1_000_000_000_000L).map(Money::xof);
    }

    /** Up to a billion in a three-letter currency that is not the franc. */
    static Gen<Money> notFrancs() {
        Gen<String> otherCurrencies = strings().betweenCodePoints('A', 'Z').ofLength(3)
                .assuming(code -> !code.equals(Money.XOF));
        return otherCurrencies.zip(longs().between(0, 1_000_000_000L), (code, amount) -> new Money(amount, code));
    }
}
