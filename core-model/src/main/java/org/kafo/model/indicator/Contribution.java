package org.kafo.model.indicator;

import java.util.Objects;
import org.kafo.model.common.MoneyTotal;

/**
 * What parties pledged to actions' costs and what they delivered so far, in cash and in kind (XOF):
 * totals, exact however many pledges they add up.
 */
public record Contribution(MoneyTotal pledgedCash, MoneyTotal pledgedInKind, MoneyTotal deliveredCash,
        MoneyTotal deliveredInKind) {

    public static final Contribution NONE = new Contribution(MoneyTotal.xof(), MoneyTotal.xof(), MoneyTotal.xof(),
            MoneyTotal.xof());

    public Contribution {
        Objects.requireNonNull(pledgedCash, "pledged cash is required");
        Objects.requireNonNull(pledgedInKind, "pledged in kind is required");
        Objects.requireNonNull(deliveredCash, "delivered cash is required");
        Objects.requireNonNull(deliveredInKind, "delivered in kind is required");
    }

    public MoneyTotal pledged() {
        return pledgedCash.plus(pledgedInKind);
    }

    public MoneyTotal delivered() {
        return deliveredCash.plus(deliveredInKind);
    }

    /** Delivered of pledged. */
    public Share deliveredShare() {
        return Share.of(delivered().amount(), pledged().amount());
    }

    public Contribution plus(Contribution other) {
        return new Contribution(pledgedCash.plus(other.pledgedCash), pledgedInKind.plus(other.pledgedInKind),
                deliveredCash.plus(other.deliveredCash), deliveredInKind.plus(other.deliveredInKind));
    }
}
