package org.kafo.rules.pact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;

/**
 * PLAN-5: infrastructure actions carry a contribution from the professional organisations.
 * "Professional organisations ... contribute to the cost of building infrastructure."
 *
 * <p>On {@link AdoptActionPlan}, for each {@link ActionKind#INFRASTRUCTURE} action (equipment is
 * not infrastructure building and is not checked), the pledges of the parties whose category is
 * professional organisation, cash and in kind together, must be:
 * <ul>
 *   <li>more than nothing ({@code PLAN-5.no-professional-contribution}), whatever the profile;</li>
 *   <li>at least {@link RuleProfile#minProfessionalInfrastructureSharePercent()} percent of the
 *       estimated cost ({@code PLAN-5.professional-share-too-small}). PACT asks for no minimum
 *       (0), so only the first test applies.</li>
 * </ul>
 * Both are blocking. Pledges in another currency than the estimate are PLAN-6's concern and are
 * not counted. An action carried over from an earlier plan also counts what was delivered on the
 * actions it continues, against their estimate: professionals who paid their share in the first
 * plan are not asked to pay it again for the rest of the work.
 */
public final class Plan5ProfessionalShareOfInfrastructure {

    public static final String ID = "PLAN-5";

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Plan5ProfessionalShareOfInfrastructure() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(AdoptActionPlan.class, Plan5ProfessionalShareOfInfrastructure::check).build();
    }

    private static List<Verdict> check(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        return PlanActions.eachAdopted(command, (spec, action, verdicts) -> {
            if (spec.kind() != ActionKind.INFRASTRUCTURE || spec.estimatedCost() == null) {
                return;
            }
            List<Action> earlier = continued(spec, situation);
            Money estimated = earlier.isEmpty() ? spec.estimatedCost() : earlier.get(earlier.size() - 1).estimatedCost();
            MoneyTotal professional = earlier.stream()
                    .map(a -> professional(a.costShares(), estimated, situation, CostShare::delivered))
                    .reduce(professional(spec.costShares(), estimated, situation, CostShare::pledged),
                            MoneyTotal::plus);
            int min = profile.minProfessionalInfrastructureSharePercent();
            if (professional.isZero()) {
                verdicts.add(Verdict.blocking(ID, ID + ".no-professional-contribution", "framework", frameworkName,
                        "frameworkId", framework,
                        "action", action, "estimated", estimated, "min", min));
            } else if (professional.amount().multiply(HUNDRED)
                    .compareTo(BigInteger.valueOf(estimated.amount()).multiply(BigInteger.valueOf(min))) < 0) {
                verdicts.add(Verdict.blocking(ID, ID + ".professional-share-too-small", "framework", frameworkName,
                        "frameworkId", framework,
                        "action", action, "professional", professional, "estimated", estimated,
                        "share", professional.amount().multiply(HUNDRED).divide(BigInteger.valueOf(estimated.amount())),
                        "min", min));
            }
        });
    }

    /** Exact, however many shares: each is bounded, their sum need not be. */
    private static MoneyTotal professional(List<CostShare> shares, Money estimated, Situation situation,
            Function<CostShare, Money> amount) {
        return shares.stream()
                .filter(share -> share.pledged().sameCurrencyAs(estimated))
                .filter(share -> isProfessional(share, situation))
                .map(amount)
                .reduce(MoneyTotal.zero(estimated.currency()), MoneyTotal::plus, MoneyTotal::plus);
    }

    /** The actions of earlier plans that this one continues, the latest first. */
    private static List<Action> continued(ActionSpec spec, Situation situation) {
        List<Action> chain = new ArrayList<>();
        Optional<ActionId> previous = Optional.ofNullable(spec.carriedFrom());
        while (previous.isPresent()) {
            ActionId id = previous.get();
            Optional<Action> action = situation.plans().stream().flatMap(p -> p.findAction(id).stream()).findFirst();
            action.ifPresent(chain::add);
            previous = action.flatMap(Action::carriedFromAction);
        }
        return chain;
    }

    private static boolean isProfessional(CostShare share, Situation situation) {
        return situation.categoryOf(share.party()).filter(PartyCategory.PROFESSIONAL_ORGANISATION::equals).isPresent();
    }
}
