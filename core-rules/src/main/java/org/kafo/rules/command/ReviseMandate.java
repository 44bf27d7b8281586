package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Period;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.PlanId;

/** The committee's mandate evolves with results and new needs; the earlier revisions stay (MON-2). */
public record ReviseMandate(FrameworkId framework, String scope, List<String> duties, Period period, PlanId plan, String reason, LocalDate on) implements Command {

    public ReviseMandate {
        Require.present(framework, "framework");
        Require.present(plan, "plan");
        Require.present(on, "on");
        duties = duties == null ? List.of() : Require.list(duties, "duties");
    }
}
