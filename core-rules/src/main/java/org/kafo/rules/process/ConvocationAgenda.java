package org.kafo.rules.process;

import java.util.ArrayList;
import java.util.List;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.Situation;

/**
 * The agenda the process writes for the next meeting, so that nothing the approach expects is
 * forgotten: a review item per open action of the plan in force, an item per unresolved obstacle
 * (MON-3), the open needs, the adoption of the next plan; then what the convener adds. Each item it
 * writes keeps its variable part as its subject, to be read in the reader's language
 * ({@link org.kafo.rules.RuleBook#title}); its title is the English reading.
 */
final class ConvocationAgenda {

    private ConvocationAgenda() {
    }

    static List<AgendaItem> build(Situation situation, List<AgendaItem> additionalItems) {
        List<AgendaItem> agenda = new ArrayList<>();
        situation.planInForce().ifPresent(plan -> plan.actions().stream()
                .filter(action -> !action.status().isClosed())
                .map(ConvocationAgenda::review)
                .forEach(agenda::add));
        situation.committee().map(MonitoringCommittee::unresolvedObstacles).orElse(List.of()).stream()
                .map(ConvocationAgenda::obstacle)
                .forEach(agenda::add);
        long openNeeds = situation.needs().stream().filter(n -> n.status() == NeedStatus.OPEN).count();
        if (openNeeds > 0) {
            agenda.add(new AgendaItem("Open needs to negotiate into the plan (" + openNeeds + ")", AgendaItemKind.NEEDS,
                    null, String.valueOf(openNeeds)));
        }
        int nextCycle = situation.latestPlan().map(ActionPlan::cycle).orElse(0) + 1;
        agenda.add(new AgendaItem("Adoption of the action plan of cycle " + nextCycle, AgendaItemKind.PLAN_ADOPTION,
                null, String.valueOf(nextCycle)));
        agenda.addAll(additionalItems);
        return agenda;
    }

    private static AgendaItem review(Action action) {
        return new AgendaItem("Review of action: " + action.title(), AgendaItemKind.ACTION_REVIEW, action.id().value(),
                action.title());
    }

    private static AgendaItem obstacle(Obstacle obstacle) {
        return new AgendaItem("Obstacle: " + obstacle.description(), AgendaItemKind.OBSTACLE, obstacle.id().value(),
                obstacle.description());
    }
}
