package org.kafo.rules.pact;

import java.util.List;
import java.util.Optional;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;

/**
 * PLAN-3: a party owns only the kinds of action its role allows, after the approach's role split
 * ({@link RuleProfile#mayOwn(PartyCategory)}): the commune builds and organises, professional
 * organisations train and inform their members and run their own affairs, technical services
 * advise, the support programme trains and moderates, partners finance.
 *
 * <p>On {@link AdoptActionPlan}, blocking for each action whose responsible party's category (its
 * membership's, else its kind's: {@link Situation#categoryOf}) may not own the action's kind
 * ({@code PLAN-3.not-allowed}), and for each action whose responsible party the situation does not
 * know at all ({@code PLAN-3.unknown-party}): nobody can be held to an action by an unknown party.
 * Actions with no responsible party or no kind are left to PLAN-2 and the model.
 */
public final class Plan3OwnershipByRole {

    public static final String ID = "PLAN-3";

    private Plan3OwnershipByRole() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(AdoptActionPlan.class, Plan3OwnershipByRole::check).build();
    }

    private static List<Verdict> check(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        return PlanActions.eachAdopted(command, (spec, action, verdicts) -> {
            if (spec.responsible() == null || spec.kind() == null) {
                return;
            }
            Optional<PartyCategory> category = situation.categoryOf(spec.responsible());
            if (category.isEmpty()) {
                verdicts.add(Verdict.blocking(ID, ID + ".unknown-party", "framework", frameworkName,
                        "frameworkId", framework, "action", action,
                        "party", Labels.organisation(spec.responsible(), situation), "partyId", spec.responsible()));
            } else if (!profile.mayOwn(category.get(), spec.kind())) {
                verdicts.add(Verdict.blocking(ID, ID + ".not-allowed", "framework", frameworkName,
                        "frameworkId", framework, "action", action,
                        "party", Labels.organisation(spec.responsible(), situation), "partyId", spec.responsible(),
                        "category", category.get(), "kind", spec.kind()));
            }
        });
    }
}
