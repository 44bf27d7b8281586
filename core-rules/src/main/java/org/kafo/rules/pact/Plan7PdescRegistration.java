package org.kafo.rules.pact;

import java.util.List;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.RegisterInPdesc;

/**
 * PLAN-7: the actions the commune owns are registered in its development plan (PDESC). "The
 * commune ... contributes to implementing the action plan (registering its designated actions
 * with PDESC, financing)."
 *
 * <p>On {@link AdoptActionPlan}, a warning for each action whose responsible party is the
 * municipality and that carries no PDESC reference ({@code PLAN-7.not-in-pdesc}): the plan may be
 * adopted, the commune registers the action afterwards ({@link RegisterInPdesc}). An integrator
 * who wants registration first makes the rule blocking with a severity override.
 *
 * <p>On {@link RegisterInPdesc}, an info when the reference names no budget line yet
 * ({@code PLAN-7.no-budget-line}): registered, not yet financed.
 */
public final class Plan7PdescRegistration {

    public static final String ID = "PLAN-7";

    private Plan7PdescRegistration() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(AdoptActionPlan.class, Plan7PdescRegistration::onAdoption)
                .on(RegisterInPdesc.class, Plan7PdescRegistration::onRegistration)
                .severity(Severity.WARNING)
                .build();
    }

    private static List<Verdict> onAdoption(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        return PlanActions.eachAdopted(command, (spec, action, verdicts) -> {
            if (spec.responsible() != null && spec.pdesc() == null && situation.categoryOf(spec.responsible())
                    .filter(PartyCategory.MUNICIPALITY::equals).isPresent()) {
                verdicts.add(Verdict.warning(ID, ID + ".not-in-pdesc", "framework", frameworkName,
                        "frameworkId", framework,
                        "action", action, "party", Labels.organisation(spec.responsible(), situation),
                        "partyId", spec.responsible()));
            }
        });
    }

    private static List<Verdict> onRegistration(RegisterInPdesc command, Situation situation, RuleProfile profile) {
        if (command.reference().isBudgeted()) {
            return List.of();
        }
        return List.of(Verdict.info(ID, ID + ".no-budget-line", "plan", Labels.plan(command.plan(), situation),
                "planId", command.plan(), "action", Labels.action(command.plan(), command.action(), situation),
                "actionId", command.action(),
                "entry", command.reference().pdescEntry()));
    }
}
