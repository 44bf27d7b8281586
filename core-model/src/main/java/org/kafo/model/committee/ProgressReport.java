package org.kafo.model.committee;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.plan.PlanId;

/** A report the committee files on the progress of a plan. */
public record ProgressReport(ReportId id, PlanId plan, LocalDate filedOn, String summary) {

    public ProgressReport {
        Require.present(id, "report id");
        Require.present(plan, "plan");
        Require.day(filedOn, "filed on");
        summary = Require.text(summary, "summary", Limits.TEXT);
    }
}
