package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.Situation;

/**
 * Who pays what of the actions of the plans adopted on or before the day, in XOF: pledges and
 * deliveries by party category, the professional organisations' part of infrastructure costs (PLAN-5)
 * and the commune's own investment in the priority sectors. A party counts in the category it sits
 * in as a member, else in its kind's. An action carried over counts for what was delivered on it:
 * the rest of its cost and pledges counts in the action that continues it in the next plan. Amounts
 * are exact totals: however many actions and pledges, nothing overflows.
 *
 * @param estimatedCost                      the actions' estimated costs added up
 * @param byCategory                         pledges and deliveries of each category, every category present
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
        byCategory = everyCategory(Objects.requireNonNull(byCategory, "contributions by category are required"));
        Objects.requireNonNull(infrastructureCost, "infrastructure cost is required");
        Objects.requireNonNull(professionalInfrastructure, "professional infrastructure contribution is required");
        Objects.requireNonNull(communeInvestmentInPrioritySectors, "commune investment is required");
    }

    private static Map<PartyCategory, Contribution> everyCategory(Map<PartyCategory, Contribution> given) {
        Map<PartyCategory, Contribution> all = new EnumMap<>(PartyCategory.class);
        for (PartyCategory category : PartyCategory.values()) {
            all.put(category, given.getOrDefault(category, Contribution.NONE));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * @throws IllegalStateException if a party pledged to an action is not among the situation's organisations
     */
    static ContributionIndicators compute(Situation situation, LocalDate day) {
        List<Action> actions = AsOf.actionsAdopted(situation, day).toList();
        List<Action> inXof = actions.stream().filter(a -> a.estimatedCost().currency().equals(Money.XOF)).toList();
        MoneyTotal estimated = MoneyTotal.xof();
        MoneyTotal infrastructure = MoneyTotal.xof();
        Map<PartyCategory, Contribution> byCategory = new EnumMap<>(PartyCategory.class);
        Contribution professional = Contribution.NONE;
        Contribution commune = Contribution.NONE;
        for (Action action : inXof) {
            boolean carriedOver = action.status() == ActionStatus.CARRIED_OVER;
            Money cost = carriedOver ? action.delivered() : action.estimatedCost();
            estimated = estimated.plus(cost);
            boolean isInfrastructure = action.kind() == ActionKind.INFRASTRUCTURE;
            if (isInfrastructure) {
                infrastructure = infrastructure.plus(cost);
            }
            boolean communeInvestment = action.kind().isCapitalInvestment()
                    && situation.framework().prioritySectors().contains(action.sector());
            for (CostShare share : action.costShares()) {
                PartyCategory category = categoryOf(situation, share, action);
                Contribution part = Contribution.of(carriedOver
                        ? new CostShare(share.party(), share.form(), share.delivered(), share.delivered())
                        : share);
                byCategory.merge(category, part, Contribution::plus);
                if (isInfrastructure && category == PartyCategory.PROFESSIONAL_ORGANISATION) {
                    professional = professional.plus(part);
                }
                if (communeInvestment && category == PartyCategory.MUNICIPALITY) {
                    commune = commune.plus(part);
                }
            }
        }
        return new ContributionIndicators(estimated, byCategory, infrastructure, professional, commune,
                actions.size() - inXof.size());
    }

    private static PartyCategory categoryOf(Situation situation, CostShare share, Action action) {
        return situation.categoryOf(share.party()).orElseThrow(() -> new IllegalStateException("party "
                + share.party() + " of action '" + action.title() + "' is not in the situation"));
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
        Map<PartyCategory, Contribution> sum = new EnumMap<>(byCategory);
        o.byCategory.forEach((category, part) -> sum.merge(category, part, Contribution::plus));
        return new ContributionIndicators(estimatedCost.plus(o.estimatedCost), sum,
                infrastructureCost.plus(o.infrastructureCost),
                professionalInfrastructure.plus(o.professionalInfrastructure),
                communeInvestmentInPrioritySectors.plus(o.communeInvestmentInPrioritySectors),
                actionsInOtherCurrencies + o.actionsInOtherCurrencies);
    }
}
