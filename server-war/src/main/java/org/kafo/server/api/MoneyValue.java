package org.kafo.server.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Money;

/**
 * An amount of money: whole units of a currency with no minor unit in use, CFA francs by default.
 *
 * @param amount   whole francs, from zero to {@link Money#MAX_AMOUNT}
 * @param currency ISO 4217 code; {@code XOF} when left out
 */
@Schema(name = "Money", description = "Whole units of a currency, CFA francs (XOF) by default.",
        example = "{\"amount\": 250000, \"currency\": \"XOF\"}")
public record MoneyValue(
        @Schema(example = "250000", minimum = "0", maximum = "" + Money.MAX_AMOUNT) Long amount,
        @Schema(example = "XOF", defaultValue = "XOF", minLength = 3, maxLength = 3, pattern = "[A-Z]{3}")
        String currency) {

    public static MoneyValue of(Money money) {
        return money == null ? null : new MoneyValue(money.amount(), money.currency());
    }

    /** Null stays null; a missing amount is an error of the model ({@code required}). */
    public static Money toModel(MoneyValue value) {
        if (value == null) {
            return null;
        }
        Wire.required(value.amount, "amount");
        return new Money(value.amount, value.currency == null ? Money.XOF : value.currency);
    }
}
