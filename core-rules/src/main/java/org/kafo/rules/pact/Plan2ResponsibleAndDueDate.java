package org.kafo.rules.pact;

import java.util.List;
import org.kafo.model.common.Period;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;

/**
 * PLAN-2: every action has one responsible party and a due date inside the plan period. "...
 * attendees negotiate and agree on priority actions and write these up."
 *
 * <p>On {@link AdoptActionPlan}, blocking when the plan has no action at all
 * ({@code PLAN-2.no-action}), and for each action with no responsible party
 * ({@code PLAN-2.no-responsible}), no due date ({@code PLAN-2.no-due-date}) or a due date before
 * the first or after the last day of the plan ({@code PLAN-2.due-outside-period}). An action not
 * yet adopted has no id: the facts name it by its title (or its rank in the plan).
 */
public final class Plan2ResponsibleAndDueDate {

    public static final String ID = "PLAN-2";

    private Plan2ResponsibleAndDueDate() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(AdoptActionPlan.class, Plan2ResponsibleAndDueDate::check).build();
    }

    private static List<Verdict> check(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        Period period = command.period();
        if (command.actions().isEmpty()) {
            return List.of(Verdict.blocking(ID, ID + ".no-action", "framework", frameworkName, "frameworkId", framework,
                    "meeting", Labels.meeting(command.meeting(), situation), "meetingId", command.meeting()));
        }
        return PlanActions.eachAdopted(command, (spec, action, verdicts) -> {
            if (spec.responsible() == null) {
                verdicts.add(Verdict.blocking(ID, ID + ".no-responsible", "framework", frameworkName,
                        "frameworkId", framework, "action", action));
            }
            if (spec.dueDate() == null) {
                verdicts.add(Verdict.blocking(ID, ID + ".no-due-date", "framework", frameworkName,
                        "frameworkId", framework, "action", action));
            } else if (!period.contains(spec.dueDate())) {
                verdicts.add(Verdict.blocking(ID, ID + ".due-outside-period", "framework", frameworkName,
                        "frameworkId", framework,
                        "action", action, "due", spec.dueDate(), "start", period.start(), "end", period.end()));
            }
        });
    }
}
