package org.kafo.rules.indicator;

import java.util.Objects;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;

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

    static Contribution of(CostShare share) {
        MoneyTotal zero = MoneyTotal.zero(share.pledged().currency());
        MoneyTotal pledged = MoneyTotal.of(share.pledged());
        MoneyTotal delivered = MoneyTotal.of(share.delivered());
        return share.form() == ContributionForm.CASH
                ? new Contribution(pledged, zero, delivered, zero)
                : new Contribution(zero, pledged, zero, delivered);
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
