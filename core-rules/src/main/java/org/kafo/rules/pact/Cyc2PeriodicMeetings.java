package org.kafo.rules.pact;

import java.util.List;
import java.util.Optional;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.PostponeMeeting;

/**
 * CYC-2 (warning): meetings are periodic: the next one is due by the end of the plan in force.
 * "During these periodic meetings ..."; "the successive nature of the consultation framework
 * meetings ..."
 *
 * <p>On {@link ConveneMeeting}, a warning when a plan is in force and the meeting is planned after
 * its last day ({@code CYC-2.meeting-after-plan-end}): the plan runs out with nobody to review it
 * and adopt the next. A meeting on the plan's last day is on time. With no plan in force there is
 * no deadline to check.
 *
 * <p>Checked again on {@link PostponeMeeting}: a warning when the new day falls after the last day of
 * the plan in force ({@code CYC-2.postponed-after-plan-end}).
 */
public final class Cyc2PeriodicMeetings {

    public static final String ID = "CYC-2";

    private Cyc2PeriodicMeetings() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(ConveneMeeting.class, Cyc2PeriodicMeetings::check)
                .on(PostponeMeeting.class, Cyc2PeriodicMeetings::onPostponement)
                .severity(Severity.WARNING)
                .build();
    }

    private static List<Verdict> check(ConveneMeeting command, Situation situation, RuleProfile profile) {
        Optional<ActionPlan> plan = situation.planInForce();
        if (plan.isEmpty() || !command.plannedOn().isAfter(plan.get().period().end())) {
            return List.of();
        }
        return List.of(Verdict.warning(ID, ID + ".meeting-after-plan-end", "framework", situation.framework().name(),
                "frameworkId", situation.framework().id(),
                "plannedOn", command.plannedOn(), "plan", plan.get().cycle(), "planId", plan.get().id(),
                "end", plan.get().period().end()));
    }

    private static List<Verdict> onPostponement(PostponeMeeting command, Situation situation, RuleProfile profile) {
        Optional<ActionPlan> plan = situation.planInForce();
        Optional<Meeting> meeting = situation.meeting(command.meeting());
        if (plan.isEmpty() || meeting.isEmpty() || !command.newDate().isAfter(plan.get().period().end())) {
            return List.of();
        }
        return List.of(Verdict.warning(ID, ID + ".postponed-after-plan-end", "framework", situation.framework().name(),
                "meeting", meeting.get().sequence(), "newDate", command.newDate(), "plan", plan.get().cycle(),
                "end", plan.get().period().end(), "frameworkId", situation.framework().id(),
                "meetingId", command.meeting(), "planId", plan.get().id()));
    }
}
