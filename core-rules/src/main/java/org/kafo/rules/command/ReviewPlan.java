package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Require;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.PlanId;

/** A meeting reviews the plan in force: each action done, carried over or dropped with a reason (CYC-1). */
public record ReviewPlan(PlanId plan, MeetingId meeting, List<ActionReview> decisions, LocalDate on) implements Command {

    public ReviewPlan {
        Require.present(plan, "plan");
        Require.present(meeting, "meeting");
        Require.present(on, "on");
        decisions = decisions == null ? List.of() : Require.list(decisions, "decisions");
    }
}
