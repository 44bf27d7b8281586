package org.kafo.model.common;

import java.util.regex.Pattern;

/**
 * An amount of money in whole units of a currency with no minor unit in use: CFA francs (XOF) by
 * default. Never negative and never more than {@link #MAX_AMOUNT}: a million billion francs is
 * beyond any action, budget or pledge Kafo records (a country's yearly budget is some thousand
 * billion), and it keeps every sum of two amounts, and their difference, far from a {@code long}'s
 * limit. Amounts added up over many actions or frameworks are a {@link MoneyTotal}, exact at any size.
 *
 * @param amount   whole units, from zero to {@link #MAX_AMOUNT}
 * @param currency ISO 4217 code, such as {@code XOF}
 */
public record Money(long amount, String currency) implements Comparable<Money> {

    public static final String XOF = "XOF";

    /** The largest amount: 10^15, a million billion units. */
    public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        if (amount < 0) {
            throw new InvariantViolationException("money.negative", "money must not be negative, was " + amount);
        }
        if (amount > MAX_AMOUNT) {
            throw new InvariantViolationException("money.too-large",
                    "money must be at most " + MAX_AMOUNT + ", was " + amount);
        }
        requireCurrency(currency);
    }

    static void requireCurrency(String currency) {
        Require.present(currency, "currency");
        if (currency.length() != 3 || !CURRENCY.matcher(currency).matches()) {
            throw new InvariantViolationException("money.currency", "not an ISO 4217 currency code: "
                    + (currency.length() > 10 ? currency.substring(0, 10) + "..." : currency));
        }
    }

    /** An amount in CFA francs (XOF). */
    public static Money xof(long amount) {
        return new Money(amount, XOF);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * Both bounded amounts together: never overflows.
     *
     * @throws InvariantViolationException ({@code money.too-large}) if the sum is past {@link #MAX_AMOUNT}
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount + other.amount, currency);
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
