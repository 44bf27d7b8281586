package org.kafo.model.indicator;

import java.util.Map;
import java.util.Objects;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.organisation.PartyCategory;

/**
 * Who pays what of the actions of the plans adopted on or before the day, in XOF: pledges and
 * deliveries by party category, the professional organisations' part of infrastructure costs (PLAN-5)
 * and the commune's own investment in the priority sectors. A party counts in the category it sits
 * in as a member, else in its kind's. An action carried over counts for what was delivered on it:
 * the rest of its cost and pledges counts in the action that continues it in the next plan. Amounts
 * are exact totals: however many actions and pledges, nothing overflows.
 *
 * @param estimatedCost                      the actions' estimated costs added up
 * @param byCategory                         pledges and deliveries of each category, every category
 *                                           present (absent ones are zero)
 * @param infrastructureCost                 the estimated costs of infrastructure actions
 * @param professionalInfrastructure         what professional organisations pledged and delivered to them
 * @param communeInvestmentInPrioritySectors what the municipality pledged and delivered to capital
 *                                           investments (infrastructure, equipment) in the priority sectors
 * @param actionsInOtherCurrencies           actions not costed in XOF, left out of every amount
 */
public record ContributionIndicators(MoneyTotal estimatedCost, Map<PartyCategory, Contribution> byCategory,
        MoneyTotal infrastructureCost, Contribution professionalInfrastructure,
        Contribution communeInvestmentInPrioritySectors, long actionsInOtherCurrencies) {

    public static final ContributionIndicators NONE = new ContributionIndicators(MoneyTotal.xof(), Map.of(),
            MoneyTotal.xof(), Contribution.NONE, Contribution.NONE, 0);

    public ContributionIndicators {
        Objects.requireNonNull(estimatedCost, "estimated cost is required");
        byCategory = ByCategory.every(byCategory, Contribution.NONE);
        Objects.requireNonNull(infrastructureCost, "infrastructure cost is required");
        Objects.requireNonNull(professionalInfrastructure, "professional infrastructure contribution is required");
        Objects.requireNonNull(communeInvestmentInPrioritySectors, "commune investment is required");
    }

    public Contribution of(PartyCategory category) {
        return byCategory.get(category);
    }

    /** Every category's contribution added up. */
    public Contribution total() {
        return byCategory.values().stream().reduce(Contribution.NONE, Contribution::plus);
    }

    /** The professional organisations' pledges, cash and in kind, of the infrastructure costs. */
    public Share professionalShareOfInfrastructure() {
        return Share.of(professionalInfrastructure.pledged().amount(), infrastructureCost.amount());
    }

    public ContributionIndicators plus(ContributionIndicators o) {
        return new ContributionIndicators(estimatedCost.plus(o.estimatedCost),
                ByCategory.plus(byCategory, o.byCategory, Contribution::plus),
                infrastructureCost.plus(o.infrastructureCost),
                professionalInfrastructure.plus(o.professionalInfrastructure),
                communeInvestmentInPrioritySectors.plus(o.communeInvestmentInPrioritySectors),
                actionsInOtherCurrencies + o.actionsInOtherCurrencies);
    }
}
