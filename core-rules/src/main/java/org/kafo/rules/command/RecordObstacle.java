package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.PlanId;

/** The committee records what blocks an action; it must reach the next meeting's agenda (MON-3). */
public record RecordObstacle(FrameworkId framework, PlanId plan, ActionId action, String description, LocalDate on) implements Command {

    public RecordObstacle {
        Require.present(framework, "framework");
        Require.present(plan, "plan");
        Require.present(action, "action");
        Require.present(on, "on");
    }
}
