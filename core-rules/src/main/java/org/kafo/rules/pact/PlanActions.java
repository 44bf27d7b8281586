package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.ActionId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;

/** The actions the plan rules judge: those of a plan being adopted, and those of a plan in the situation. */
final class PlanActions {

    private PlanActions() {
    }

    /** What a rule finds about one action of a plan being adopted, named by its label. */
    @FunctionalInterface
    interface SpecCheck {
        void check(ActionSpec spec, String action, List<Verdict> verdicts);
    }

    /** The verdicts of {@code check} on every action of the plan, in the plan's order. */
    static List<Verdict> eachAdopted(AdoptActionPlan command, SpecCheck check) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < command.actions().size(); i++) {
            ActionSpec spec = command.actions().get(i);
            check.check(spec, Labels.action(spec, i), verdicts);
        }
        return verdicts;
    }

    /** The action of a plan the situation knows; empty when it knows neither the plan nor the action. */
    static Optional<Action> find(Situation situation, PlanId plan, ActionId action) {
        return situation.plan(plan).flatMap(p -> p.findAction(action));
    }
}
