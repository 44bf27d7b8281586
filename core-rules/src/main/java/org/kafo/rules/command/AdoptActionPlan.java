package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Period;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.ActionSpec;

/** A meeting adopts the next action plan: its period and its actions with who does and who pays what. */
public record AdoptActionPlan(FrameworkId framework, MeetingId meeting, Period period, List<ActionSpec> actions, LocalDate on) implements Command {

    public AdoptActionPlan {
        Require.present(framework, "framework");
        Require.present(meeting, "meeting");
        Require.present(period, "period");
        Require.present(on, "on");
        actions = actions == null ? List.of() : Require.list(actions, "actions");
    }
}
