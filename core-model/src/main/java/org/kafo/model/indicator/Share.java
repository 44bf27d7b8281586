package org.kafo.model.indicator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of a whole, kept as its two counts so that "none of none" is never mistaken for 0 %.
 * The numerator may exceed the denominator where more happened than was due (extra meetings).
 * Exact at any size: a share of money may take sums of many amounts.
 *
 * @param numerator   the part, zero or more
 * @param denominator the whole, zero or more
 */
public record Share(BigInteger numerator, BigInteger denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws IllegalArgumentException if a count is negative */
    public Share {
        Objects.requireNonNull(numerator, "numerator is required");
        Objects.requireNonNull(denominator, "denominator is required");
        if (numerator.signum() < 0 || denominator.signum() < 0) {
            throw new IllegalArgumentException("a share counts zero or more, was " + numerator + "/" + denominator);
        }
    }

    public static Share of(long numerator, long denominator) {
        return new Share(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Share of(BigInteger numerator, BigInteger denominator) {
        return new Share(numerator, denominator);
    }

    /** Whether there is a whole to take a part of. */
    public boolean isDefined() {
        return denominator.signum() > 0;
    }

    /** The part in percent, rounded half up to one decimal; empty when the whole is zero. */
    public Optional<BigDecimal> percent() {
        if (!isDefined()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(numerator).multiply(HUNDRED)
                .divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP));
    }

    /** Both counts added: the share of several frameworks together. */
    public Share plus(Share other) {
        return new Share(numerator.add(other.numerator), denominator.add(other.denominator));
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator + percent().map(p -> " (" + p.toPlainString() + " %)").orElse(" (n/a)");
    }
}
