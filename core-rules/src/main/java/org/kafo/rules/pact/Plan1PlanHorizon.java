package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import org.kafo.model.common.Period;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;

/**
 * PLAN-1: an action plan is adopted at a meeting and spans at most
 * {@link RuleProfile#planHorizonMonths()} calendar months (PACT: three). "... write these up in a
 * very short-term (three-month) action plan."
 *
 * <p>On {@link AdoptActionPlan}, blocking when:
 * <ul>
 *   <li>the period ends after the last day of its first {@code months} months
 *       ({@code PLAN-1.too-long}). Both ends are included: 1 January to 31 March is exactly three
 *       months and passes, 1 January to 1 April does not. The facts give the last day allowed
 *       ({@code limit});</li>
 *   <li>the adopting meeting is not a meeting of the framework ({@code PLAN-1.meeting-unknown}) or
 *       was not held ({@code PLAN-1.meeting-not-held}): a plan is adopted by the parties in
 *       session, not on paper. Whether that meeting had its quorum is MEET-1's question.</li>
 * </ul>
 */
public final class Plan1PlanHorizon {

    public static final String ID = "PLAN-1";

    private Plan1PlanHorizon() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(AdoptActionPlan.class, Plan1PlanHorizon::check).build();
    }

    private static List<Verdict> check(AdoptActionPlan command, Situation situation, RuleProfile profile) {
        List<Verdict> verdicts = new ArrayList<>();
        Period period = command.period();
        int months = profile.planHorizonMonths();
        ConsultationFramework framework = situation.framework();
        if (!period.fitsWithinMonths(months)) {
            verdicts.add(Verdict.blocking(ID, ID + ".too-long", "framework", framework.name(),
                    "frameworkId", framework.id(),
                    "start", period.start(), "end", period.end(), "months", months,
                    "limit", Period.lastDayWithinMonths(period.start(), months)));
        }
        DecidingMeeting.refusal(ID, command.meeting(), situation).ifPresent(verdicts::add);
        return verdicts;
    }
}
