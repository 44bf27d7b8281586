package org.kafo.rules.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A part of a whole, kept as its two counts so that "none of none" is never mistaken for 0 %.
 * The numerator may exceed the denominator where more happened than was due (extra meetings).
 *
 * @param numerator   the part, zero or more
 * @param denominator the whole, zero or more
 */
public record Share(long numerator, long denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws IllegalArgumentException if a count is negative */
    public Share {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a share counts zero or more, was " + numerator + "/" + denominator);
        }
    }

    public static Share of(long numerator, long denominator) {
        return new Share(numerator, denominator);
    }

    /** Whether there is a whole to take a part of. */
    public boolean isDefined() {
        return denominator > 0;
    }

    /** The part in percent, rounded half up to one decimal; empty when the whole is zero. */
    public Optional<BigDecimal> percent() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }

    /** Both counts added: the share of several frameworks together. */
    public Share plus(Share other) {
        return new Share(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator + percent().map(p -> " (" + p.toPlainString() + " %)").orElse(" (n/a)");
    }
}
