package org.kafo.model.plan;

import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Money;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;

/**
 * Who pays what of an action: a party's pledge, in cash or in kind, and how much of it was
 * delivered so far (never more than pledged).
 */
public record CostShare(OrganisationId party, ContributionForm form, Money pledged, Money delivered) {

    public CostShare {
        Require.present(party, "party");
        Require.present(form, "contribution form");
        Require.present(pledged, "pledged amount");
        Require.present(delivered, "delivered amount");
        pledged.requireSameCurrency(delivered);
        if (delivered.isGreaterThan(pledged)) {
            throw new InvariantViolationException("cost-share.over-delivered",
                    "delivered " + delivered + " is more than the " + pledged + " pledged");
        }
    }

    /** A pledge with nothing delivered yet. */
    public static CostShare pledge(OrganisationId party, ContributionForm form, Money amount) {
        return new CostShare(party, form, amount, Money.zero(Require.present(amount, "amount").currency()));
    }

    public boolean isOf(OrganisationId organisation, ContributionForm contributionForm) {
        return party.equals(organisation) && form == contributionForm;
    }

    public Money outstanding() {
        return pledged.minus(delivered);
    }

    public boolean isFullyDelivered() {
        return delivered.equals(pledged);
    }

    CostShare deliver(Money amount) {
        return new CostShare(party, form, pledged, delivered.plus(amount));
    }

    CostShare raiseTo(Money amount) {
        return new CostShare(party, form, amount, delivered);
    }
}
