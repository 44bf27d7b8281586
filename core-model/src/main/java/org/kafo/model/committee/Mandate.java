package org.kafo.model.committee;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Period;
import org.kafo.model.common.Require;
import org.kafo.model.plan.PlanId;

/**
 * One written revision of the committee's mandate. Revisions are kept: the mandate "is defined and
 * evolves in accordance with the results achieved and with new needs".
 *
 * @param revision  1 for the first mandate, then 2, 3, ...
 * @param adoptedOn the day this revision was adopted
 * @param scope     what the committee follows
 * @param duties    what it must do, one duty per entry
 * @param period    the time it covers
 * @param plan      the action plan it covers
 * @param reason    why it was revised; empty for the first
 */
public record Mandate(int revision, LocalDate adoptedOn, String scope, List<String> duties, Period period, PlanId plan,
        String reason) {

    public Mandate {
        Require.positive(revision, "revision");
        Require.day(adoptedOn, "adopted on");
        scope = Require.text(scope, "scope", Limits.TEXT);
        duties = Require.list(duties, "duties").stream().map(d -> Require.text(d, "duty", Limits.TEXT)).toList();
        Require.state(!duties.isEmpty(), "mandate.no-duty", "a mandate lists at least one duty");
        Require.present(period, "period");
        Require.present(plan, "plan");
        reason = Require.optionalText(reason, "reason", Limits.TEXT);
        Require.state(revision == 1 || reason != null, "mandate.revision-reason", "a revision says why");
    }

    public boolean covers(PlanId planInForce) {
        return plan.equals(planInForce);
    }
}
