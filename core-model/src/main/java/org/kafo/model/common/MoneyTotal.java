package org.kafo.model.common;

import java.math.BigInteger;

/**
 * Amounts of money added up exactly, however many: the estimates of every action of a country,
 * the pledges of every party. A single {@link Money} is bounded; a total is not, so that no number
 * of accepted amounts can make a sum overflow or fail.
 *
 * @param amount   whole units, zero or more
 * @param currency ISO 4217 code, such as {@code XOF}
 */
public record MoneyTotal(BigInteger amount, String currency) implements Comparable<MoneyTotal> {

    public MoneyTotal {
        Require.present(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvariantViolationException("money.negative", "money must not be negative, was " + amount);
        }
        Money.requireCurrency(currency);
    }

    public static MoneyTotal zero(String currency) {
        return new MoneyTotal(BigInteger.ZERO, currency);
    }

    /** Nothing yet, in CFA francs. */
    public static MoneyTotal xof() {
        return zero(Money.XOF);
    }

    public static MoneyTotal of(Money money) {
        Require.present(money, "money");
        return new MoneyTotal(BigInteger.valueOf(money.amount()), money.currency());
    }

    /** Whole francs, for totals a store added up. */
    public static MoneyTotal xof(BigInteger amount) {
        return new MoneyTotal(amount, Money.XOF);
    }

    public static MoneyTotal xof(long amount) {
        return xof(BigInteger.valueOf(amount));
    }

    /** @throws InvariantViolationException if the currencies differ */
    public MoneyTotal plus(Money other) {
        return plus(of(other));
    }

    /** @throws InvariantViolationException if the currencies differ */
    public MoneyTotal plus(MoneyTotal other) {
        requireSameCurrency(other);
        return new MoneyTotal(amount.add(other.amount), currency);
    }

    /**
     * This total less a part of it.
     *
     * @throws InvariantViolationException if the currencies differ or the result would be negative
     */
    public MoneyTotal minus(Money part) {
        return new MoneyTotal(difference(part), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency());
    }

    /** Whether the total equals a single amount, currency included. */
    public boolean isEqualTo(Money other) {
        return sameCurrencyAs(other) && amount.equals(BigInteger.valueOf(other.amount()));
    }

    /** {@code this - other}, signed. */
    public BigInteger difference(Money other) {
        requireSameCurrency(of(other));
        return amount.subtract(BigInteger.valueOf(other.amount()));
    }

    private void requireSameCurrency(MoneyTotal other) {
        Require.present(other, "money");
        if (!currency.equals(other.currency)) {
            throw new InvariantViolationException("money.currency-mismatch",
                    "cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public int compareTo(MoneyTotal other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount + " " + currency;
    }
}
