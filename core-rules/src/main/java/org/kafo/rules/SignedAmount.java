package org.kafo.rules;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An amount that may be negative, such as the difference between what is pledged and what is
 * estimated, as a verdict fact: it reads as an amount in each language ({@code -150 000 FCFA},
 * {@code XOF -150,000}) and as {@code -150000 XOF} in the facts' text.
 *
 * @param amount   signed, in the currency's unit
 * @param currency the ISO code, such as {@code XOF}
 */
public record SignedAmount(BigInteger amount, String currency) {

    public SignedAmount {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
    }

    @Override
    public String toString() {
        return amount + " " + currency;
    }
}
