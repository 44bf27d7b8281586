package org.kafo.rules.pact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Convocation;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.RecordObstacle;

/**
 * MON-3: obstacles are recorded against actions of the plan being monitored, and each unresolved
 * one is on the agenda of the next meeting. "The monitoring committee ... identifies obstacles to
 * implementation and communicates these to consultation framework actors so they can find
 * solutions."
 *
 * <p>On {@link HoldMeeting}, blocking for each obstacle still unresolved that the committee
 * recorded strictly before the meeting's convocation went out and that no agenda item of kind
 * {@link AgendaItemKind#OBSTACLE} refers to ({@code MON-3.obstacle-not-on-agenda}). An obstacle
 * stays due on every agenda until it is resolved, even when an earlier meeting already heard it.
 * Obstacles recorded on the day of the convocation or later may wait for the following meeting.
 * The process builds the agenda from the unresolved obstacles, so this fails only when the agenda
 * was made by hand.
 *
 * <p>On {@link RecordObstacle}, blocking when the framework has no committee
 * ({@code MON-3.no-committee}), when the plan is not the plan in force
 * ({@code MON-3.plan-not-in-force}), or when the plan has no such action
 * ({@code MON-3.unknown-action}).
 */
public final class Mon3ObstaclesOnAgenda {

    public static final String ID = "MON-3";

    private Mon3ObstaclesOnAgenda() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(HoldMeeting.class, Mon3ObstaclesOnAgenda::onMeeting)
                .on(RecordObstacle.class, Mon3ObstaclesOnAgenda::onObstacle)
                .build();
    }

    private static List<Verdict> onMeeting(HoldMeeting command, Situation situation, RuleProfile profile) {
        Optional<Meeting> meeting = DecidingMeeting.find(command.meeting(), situation);
        Optional<MonitoringCommittee> committee = situation.committee();
        if (meeting.isEmpty() || meeting.get().convocation().isEmpty() || committee.isEmpty()) {
            return List.of();
        }
        LocalDate convened = meeting.get().convocation().map(Convocation::issuedOn).orElseThrow();
        List<Verdict> verdicts = new ArrayList<>();
        for (Obstacle obstacle : committee.get().unresolvedObstacles()) {
            boolean due = obstacle.raisedOn().isBefore(convened);
            boolean onAgenda = meeting.get().agenda().stream()
                    .anyMatch(item -> item.kind() == AgendaItemKind.OBSTACLE && item.isAbout(obstacle.id().value()));
            if (due && !onAgenda) {
                verdicts.add(Verdict.blocking(ID, ID + ".obstacle-not-on-agenda",
                        "framework", situation.framework().name(), "frameworkId", situation.framework().id(),
                        "meeting", meeting.get().sequence(), "meetingId", command.meeting(),
                        "obstacle", obstacle.description(), "obstacleId", obstacle.id(),
                        "action", Labels.action(obstacle.plan(), obstacle.action(), situation),
                        "actionId", obstacle.action(),
                        "raisedOn", obstacle.raisedOn(), "convenedOn", convened));
            }
        }
        return verdicts;
    }

    private static List<Verdict> onObstacle(RecordObstacle command, Situation situation, RuleProfile profile) {
        FrameworkId framework = situation.framework().id();
        String frameworkName = situation.framework().name();
        List<Verdict> verdicts = new ArrayList<>();
        if (situation.committee().isEmpty()) {
            verdicts.add(Verdict.blocking(ID, ID + ".no-committee", "framework", frameworkName,
                    "frameworkId", framework));
        }
        Optional<ActionPlan> plan = situation.plan(command.plan());
        if (plan.isEmpty() || !plan.get().isInForce()) {
            verdicts.add(Verdict.blocking(ID, ID + ".plan-not-in-force", "framework", frameworkName,
                    "frameworkId", framework,
                    "plan", Labels.plan(command.plan(), situation), "planId", command.plan()));
        } else if (plan.get().findAction(command.action()).isEmpty()) {
            verdicts.add(Verdict.blocking(ID, ID + ".unknown-action", "framework", frameworkName,
                    "frameworkId", framework,
                    "plan", Labels.plan(command.plan(), situation), "planId", command.plan(),
                    "actionId", command.action()));
        }
        return verdicts;
    }
}
