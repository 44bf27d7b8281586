package org.kafo.rules.pact;

import java.util.List;
import java.util.Optional;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.PledgeContribution;

/**
 * PLAN-4: the support programme never finances a capital investment. "PACT cannot make capital
 * investments." The categories barred are {@link RuleProfile#barredFromCapitalInvestment()}
 * (PACT: the support programme); capital investments are the action kinds that create a durable
 * asset ({@link org.kafo.model.plan.ActionKind#isCapitalInvestment()}: infrastructure and
 * equipment).
 *
 * <p>Blocking on {@link AdoptActionPlan} for each cost share of a capital-investment action from a
 * barred party ({@code PLAN-4.capital-investment-share}), whatever its form (cash or in kind) and
 * amount: such a share has no place in the plan, even at zero. Blocking on
 * {@link PledgeContribution} when a barred party pledges to a capital-investment action of a plan
 * ({@code PLAN-4.capital-investment-pledge}). A party the situation does not know cannot be
 * judged here.
 */
public final class Plan4NoCapitalInvestmentByBarredParties {

    public static final String ID = "PLAN-4";

    private Plan4NoCapitalInvestmentByBarredParties() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(AdoptActionPlan.class, Plan4NoCapitalInvestmentByBarredParties::onAdoption)
                .on(PledgeContribution.class, Plan4NoCapitalInvestmentByBarredParties::onPledge)
                .build();
    }

    private static List<Verdict> onAdoption(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        return PlanActions.eachAdopted(command, (spec, action, verdicts) -> {
            if (spec.kind() == null || !spec.kind().isCapitalInvestment()) {
                return;
            }
            for (CostShare share : spec.costShares()) {
                Optional<PartyCategory> category = barred(share.party(), situation, profile);
                if (category.isPresent()) {
                    verdicts.add(Verdict.blocking(ID, ID + ".capital-investment-share", "framework", frameworkName,
                            "frameworkId", framework,
                            "action", action, "party", Labels.organisation(share.party(), situation),
                            "partyId", share.party(), "category", category.get(),
                            "kind", spec.kind(), "amount", share.pledged()));
                }
            }
        });
    }

    private static List<Verdict> onPledge(PledgeContribution command, Situation situation, RuleProfile profile) {
        Optional<Action> action = PlanActions.find(situation, command.plan(), command.action());
        if (action.isEmpty() || !action.get().kind().isCapitalInvestment()) {
            return List.of();
        }
        return barred(command.party(), situation, profile)
                .map(category -> List.of(Verdict.blocking(ID, ID + ".capital-investment-pledge",
                        "plan", Labels.plan(command.plan(), situation), "planId", command.plan(),
                        "action", action.get().title(), "actionId", command.action(),
                        "party", Labels.organisation(command.party(), situation), "partyId", command.party(),
                        "category", category, "kind", action.get().kind(),
                        "amount", command.amount())))
                .orElse(List.of());
    }

    private static Optional<PartyCategory> barred(OrganisationId party, Situation situation, RuleProfile profile) {
        return situation.categoryOf(party).filter(profile.barredFromCapitalInvestment()::contains);
    }
}
