package org.kafo.rules.indicator;

import java.util.Objects;
import org.kafo.model.common.Money;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;

/**
 * What parties pledged to actions' costs and what they delivered so far, in cash and in kind (XOF).
 */
public record Contribution(Money pledgedCash, Money pledgedInKind, Money deliveredCash, Money deliveredInKind) {

    public static final Contribution NONE = new Contribution(Money.xof(0), Money.xof(0), Money.xof(0), Money.xof(0));

    public Contribution {
        Objects.requireNonNull(pledgedCash, "pledged cash is required");
        Objects.requireNonNull(pledgedInKind, "pledged in kind is required");
        Objects.requireNonNull(deliveredCash, "delivered cash is required");
        Objects.requireNonNull(deliveredInKind, "delivered in kind is required");
    }

    static Contribution of(CostShare share) {
        Money zero = Money.zero(share.pledged().currency());
        return share.form() == ContributionForm.CASH
                ? new Contribution(share.pledged(), zero, share.delivered(), zero)
                : new Contribution(zero, share.pledged(), zero, share.delivered());
    }

    public Money pledged() {
        return pledgedCash.plus(pledgedInKind);
    }

    public Money delivered() {
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
