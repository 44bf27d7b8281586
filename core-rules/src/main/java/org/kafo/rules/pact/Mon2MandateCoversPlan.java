package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Period;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.ReviseMandate;

/**
 * MON-2: the committee has a written mandate covering the plan in force; a revision keeps the
 * history and says why. "The committee's mandate is defined and evolves in accordance with the
 * results that are achieved over time and with new needs arising."
 *
 * <p>On {@link InstallCommittee} (the first mandate) and {@link ReviseMandate}, blocking when the
 * mandate is not written out: no scope ({@code MON-2.no-scope}), no duty ({@code MON-2.no-duty}) or a blank one
 * ({@code MON-2.blank-duty}),
 * no period ({@code MON-2.no-period}); or when its period does not overlap the period of the plan
 * in force ({@code MON-2.period-outside-plan}). A mandate that overlaps the plan but ends before it
 * gets a warning ({@code MON-2.ends-before-plan}): the plan's last weeks go unwatched. A committee
 * installed after the plan began naturally starts later, so a later start is fine. An
 * {@link InstallCommittee} that gives no period is judged on the mandate the process writes from it:
 * one over the period of the plan in force; with no plan in force, it has no period.
 *
 * <p>On {@link ReviseMandate}, also blocking when no committee is installed
 * ({@code MON-2.no-committee}), no reason is given ({@code MON-2.no-reason}), no plan is in force
 * ({@code MON-2.no-plan-in-force}) or the revision names another plan than the one in force
 * ({@code MON-2.not-plan-in-force}). Installing without a plan in force is MON-1's refusal.
 *
 * <p>On {@link AdoptActionPlan} of a later cycle, a warning when a committee is installed
 * ({@code MON-2.revise-mandate}): its mandate covers the previous plan and must be revised to cover
 * the new one.
 */
public final class Mon2MandateCoversPlan {

    public static final String ID = "MON-2";

    private Mon2MandateCoversPlan() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(InstallCommittee.class, Mon2MandateCoversPlan::onInstallation)
                .on(ReviseMandate.class, Mon2MandateCoversPlan::onRevision)
                .on(AdoptActionPlan.class, Mon2MandateCoversPlan::onNextPlan)
                .build();
    }

    private static List<Verdict> onInstallation(InstallCommittee command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        Optional<ActionPlan> inForce = situation.planInForce();
        Period period = command.period() != null ? command.period() : inForce.map(ActionPlan::period).orElse(null);
        List<Verdict> verdicts = written(framework, command.scope(), command.duties(), period);
        inForce.ifPresent(plan -> covers(framework, period, plan, verdicts));
        return verdicts;
    }

    private static List<Verdict> onRevision(ReviseMandate command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        List<Verdict> verdicts = new ArrayList<>();
        if (situation.committee().isEmpty()) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-committee", "framework", framework.name(),
                    "frameworkId", framework.id()));
        }
        verdicts.addAll(written(framework, command.scope(), command.duties(), command.period()));
        if (command.reason() == null || command.reason().isBlank()) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-reason", "framework", framework.name(),
                    "frameworkId", framework.id()));
        }
        Optional<ActionPlan> inForce = situation.planInForce();
        if (inForce.isEmpty()) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-plan-in-force", "framework", framework.name(),
                    "frameworkId", framework.id(),
                    "plan", Labels.plan(command.plan(), situation), "planId", command.plan()));
        } else if (!inForce.get().id().equals(command.plan())) {
            verdicts.add(Verdict.blocking(ID, ID + ".not-plan-in-force", "framework", framework.name(),
                    "frameworkId", framework.id(),
                    "plan", Labels.plan(command.plan(), situation), "planId", command.plan(),
                    "planInForce", inForce.get().cycle(), "planInForceId", inForce.get().id()));
        } else {
            covers(framework, command.period(), inForce.get(), verdicts);
        }
        return verdicts;
    }

    private static List<Verdict> onNextPlan(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        Optional<MonitoringCommittee> committee = situation.committee();
        if (situation.plans().isEmpty() || committee.isEmpty()) {
            return List.of();
        }
        Mandate mandate = committee.get().currentMandate();
        return List.of(Verdict.warning(ID, ID + ".revise-mandate", "framework", situation.framework().name(),
                "frameworkId", situation.framework().id(), "revision", mandate.revision(),
                "plan", Labels.plan(mandate.plan(), situation), "planId", mandate.plan(),
                "cycle", situation.plans().size() + 1));
    }

    private static List<Verdict> written(ConsultationFramework framework, String scope, List<String> duties,
            Period period) {
        List<Verdict> verdicts = new ArrayList<>();
        if (scope == null || scope.isBlank()) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-scope", "framework", framework.name(),
                    "frameworkId", framework.id()));
        }
        if (duties.isEmpty()) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-duty", "framework", framework.name(),
                    "frameworkId", framework.id()));
        } else if (duties.stream().anyMatch(String::isBlank)) {
            verdicts.add(Verdict.blocking(ID, ID + ".blank-duty", "framework", framework.name(),
                    "frameworkId", framework.id()));
        }
        if (period == null) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-period", "framework", framework.name(),
                    "frameworkId", framework.id()));
        }
        return verdicts;
    }

    private static void covers(ConsultationFramework framework, Period mandate, ActionPlan plan,
            List<Verdict> verdicts) {
        if (mandate == null) {
            return;
        }
        Period planPeriod = plan.period();
        if (!mandate.overlaps(planPeriod)) {
            verdicts.add(Verdict.blocking(ID, ID + ".period-outside-plan", "framework", framework.name(),
                    "frameworkId", framework.id(),
                    "plan", plan.cycle(), "planId", plan.id(), "start", mandate.start(), "end", mandate.end(),
                    "planStart", planPeriod.start(), "planEnd", planPeriod.end()));
        } else if (mandate.end().isBefore(planPeriod.end())) {
            verdicts.add(Verdict.warning(ID, ID + ".ends-before-plan", "framework", framework.name(),
                    "frameworkId", framework.id(),
                    "plan", plan.cycle(), "planId", plan.id(), "end", mandate.end(), "planEnd", planPeriod.end()));
        }
    }
}
