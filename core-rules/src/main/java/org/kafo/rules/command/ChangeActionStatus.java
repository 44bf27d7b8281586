package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Require;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.PlanId;

/** An open action moves on: started, blocked with a reason, unblocked, done. */
public record ChangeActionStatus(PlanId plan, ActionId action, ActionStatus status, String reason, LocalDate on) implements Command {

    public ChangeActionStatus {
        Require.present(plan, "plan");
        Require.present(action, "action");
        Require.present(status, "status");
        Require.present(on, "on");
    }
}
