package org.kafo.rules.pact;

import java.util.List;
import java.util.Optional;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.ConveneMeeting;

/**
 * CYC-2 (warning): meetings are periodic: the next one is due by the end of the plan in force.
 * "During these periodic meetings ..."; "the successive nature of the consultation framework
 * meetings ..."
 *
 * <p>On {@link ConveneMeeting}, a warning when a plan is in force and the meeting is planned after
 * its last day ({@code CYC-2.meeting-after-plan-end}): the plan runs out with nobody to review it
 * and adopt the next. A meeting on the plan's last day is on time. With no plan in force there is
 * no deadline to check.
 */
public final class Cyc2PeriodicMeetings {

    public static final String ID = "CYC-2";

    private Cyc2PeriodicMeetings() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(ConveneMeeting.class, Cyc2PeriodicMeetings::check)
                .severity(Severity.WARNING).build();
    }

    private static List<Verdict> check(ConveneMeeting command, Situation situation, RuleProfile profile) {
        Optional<ActionPlan> plan = situation.planInForce();
        if (plan.isEmpty() || !command.plannedOn().isAfter(plan.get().period().end())) {
            return List.of();
        }
        return List.of(Verdict.warning(ID, ID + ".meeting-after-plan-end", "framework", situation.framework().id(),
                "plannedOn", command.plannedOn(), "plan", plan.get().id(), "cycle", plan.get().cycle(),
                "end", plan.get().period().end()));
    }
}
