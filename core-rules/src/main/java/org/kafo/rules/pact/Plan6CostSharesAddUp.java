package org.kafo.rules.pact;

import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.PledgeContribution;

/**
 * PLAN-6: the cost shares of an action add up to its estimated cost: who pays what is agreed in
 * full when the plan is adopted.
 *
 * <p>On {@link AdoptActionPlan}, blocking for each action whose pledges differ from its estimated
 * cost, over or under ({@code PLAN-6.shares-do-not-add-up}; facts {@code estimated},
 * {@code pledged} and the signed {@code difference}, pledged minus estimated), and for each share
 * in another currency than the estimate ({@code PLAN-6.currency-mismatch}). An action of no cost
 * with no share adds up.
 *
 * <p>On {@link PledgeContribution} to an action of a plan, a <em>warning</em> when the pledges
 * would no longer add up once the pledge is taken ({@code PLAN-6.pledges-no-longer-add-up}):
 * shifting a share from one party to another takes two pledges, and the first one necessarily
 * leaves the total off for a while. A pledge in another currency than the action's estimate is
 * blocking ({@code PLAN-6.pledge-currency-mismatch}).
 */
public final class Plan6CostSharesAddUp {

    public static final String ID = "PLAN-6";

    private Plan6CostSharesAddUp() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(AdoptActionPlan.class, Plan6CostSharesAddUp::onAdoption)
                .on(PledgeContribution.class, Plan6CostSharesAddUp::onPledge)
                .build();
    }

    private static List<Verdict> onAdoption(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        return PlanActions.eachAdopted(command, (spec, action, verdicts) -> {
            Money estimated = spec.estimatedCost();
            if (estimated == null) {
                return;
            }
            boolean mismatch = false;
            for (CostShare share : spec.costShares()) {
                if (!share.pledged().sameCurrencyAs(estimated)) {
                    mismatch = true;
                    verdicts.add(Verdict.blocking(ID, ID + ".currency-mismatch", "framework", frameworkName,
                            "frameworkId", framework,
                            "action", action, "currency", estimated.currency(), "other", share.pledged().currency(),
                            "party", Labels.organisation(share.party(), situation), "partyId", share.party()));
                }
            }
            if (!mismatch) {
                MoneyTotal pledged = spec.costShares().stream().map(CostShare::pledged)
                        .reduce(MoneyTotal.zero(estimated.currency()), MoneyTotal::plus, MoneyTotal::plus);
                if (!pledged.isEqualTo(estimated)) {
                    verdicts.add(Verdict.blocking(ID, ID + ".shares-do-not-add-up", "framework", frameworkName,
                            "frameworkId", framework,
                            "action", action, "estimated", estimated, "pledged", pledged,
                            "difference", Labels.difference(pledged, estimated)));
                }
            }
        });
    }

    private static List<Verdict> onPledge(PledgeContribution command, Situation situation, RuleProfile profile) {
        Optional<Action> found = PlanActions.find(situation, command.plan(), command.action());
        if (found.isEmpty()) {
            return List.of();
        }
        Action action = found.get();
        Money estimated = action.estimatedCost();
        if (!command.amount().sameCurrencyAs(estimated)) {
            return List.of(Verdict.blocking(ID, ID + ".pledge-currency-mismatch",
                    "plan", Labels.plan(command.plan(), situation),
                    "planId", command.plan(),
                    "action", action.title(), "actionId", action.id(), "currency", estimated.currency(),
                    "other", command.amount().currency(), "party", Labels.organisation(command.party(), situation),
                    "partyId", command.party()));
        }
        Money before = action.shareOf(command.party(), command.form()).map(CostShare::pledged)
                .orElse(Money.zero(estimated.currency()));
        // the action's pledges less one of them, plus the new one: bounded, added exactly
        MoneyTotal pledged = MoneyTotal.of(action.pledged()).plus(command.amount())
                .minus(before);
        if (pledged.isEqualTo(estimated)) {
            return List.of();
        }
        return List.of(Verdict.warning(ID, ID + ".pledges-no-longer-add-up",
                "plan", Labels.plan(command.plan(), situation),
                    "planId", command.plan(),
                "action", action.title(), "actionId", action.id(),
                "party", Labels.organisation(command.party(), situation), "partyId", command.party(),
                "estimated", estimated, "pledged", pledged, "difference", Labels.difference(pledged, estimated)));
    }
}
