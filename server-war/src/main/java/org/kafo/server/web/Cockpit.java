package org.kafo.server.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kafo.server.api.ActionView;
import org.kafo.server.api.CommitteeView;
import org.kafo.server.api.FrameworkView;
import org.kafo.server.api.IndicatorsView;
import org.kafo.server.api.MeetingView;
import org.kafo.server.api.MembershipView;
import org.kafo.server.api.PlanView;

/**
 * A framework at a glance, as of a day: the same views the API answers (the framework with its
 * follow-up verdicts, its current members, its next meeting, the plan in force, the open obstacles
 * and the indicators), with the names of the organisations they mention.
 *
 * @param nextMeeting null when none is planned or convened
 * @param plan        null when no plan is in force
 */
public record Cockpit(FrameworkView framework, List<MembershipView> members, MeetingView nextMeeting, PlanView plan,
        List<CommitteeView.ObstacleValue> obstacles, IndicatorsView indicators, Map<UUID, String> names, LocalDate today) {

    /** An organisation's name, or its id when it is not known here. */
    public String name(UUID organisation) {
        return organisation == null ? "—" : names.getOrDefault(organisation, organisation.toString());
    }

    /** Whether an action is past its due day and still open. */
    public boolean overdue(ActionView action) {
        return action.dueDate() != null && action.dueDate().isBefore(today) && !action.status().isClosed();
    }

    /** The overdue actions of the plan in force. */
    public long overdueCount() {
        return plan == null ? 0 : plan.actions().stream().filter(this::overdue).count();
    }
}
