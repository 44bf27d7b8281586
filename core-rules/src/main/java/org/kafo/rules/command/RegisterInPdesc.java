package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Require;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanId;

/** The commune registers an action it owns in its PDESC, and later its budget line (PLAN-7). */
public record RegisterInPdesc(PlanId plan, ActionId action, PdescReference reference, LocalDate on) implements Command {

    public RegisterInPdesc {
        Require.present(plan, "plan");
        Require.present(action, "action");
        Require.present(reference, "reference");
        Require.present(on, "on");
    }
}
