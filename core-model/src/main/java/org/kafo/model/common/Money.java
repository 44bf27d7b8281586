package org.kafo.model.common;

import java.util.regex.Pattern;

/**
 * An amount of money in whole units of a currency with no minor unit in use: CFA francs (XOF) by
 * default. Never negative.
 *
 * @param amount   whole units, zero or more
 * @param currency ISO 4217 code, such as {@code XOF}
 */
public record Money(long amount, String currency) implements Comparable<Money> {

    public static final String XOF = "XOF";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        if (amount < 0) {
            throw new InvariantViolationException("money.negative", "money must not be negative, was " + amount);
        }
        Require.present(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InvariantViolationException("money.currency", "not an ISO 4217 currency code: " + currency);
        }
    }

    /** An amount in CFA francs (XOF). */
    public static Money xof(long amount) {
        return new Money(amount, XOF);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    /** @throws InvariantViolationException if the result would be negative */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount - other.amount, currency);
    }

    public boolean isZero() {
        return amount == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    /** @throws InvariantViolationException if the currencies differ */
    public void requireSameCurrency(Money other) {
        Require.present(other, "money");
        if (!sameCurrencyAs(other)) {
            throw new InvariantViolationException("money.currency-mismatch",
                    "cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amount, other.amount);
    }

    @Override
    public String toString() {
        return amount + " " + currency;
    }
}
