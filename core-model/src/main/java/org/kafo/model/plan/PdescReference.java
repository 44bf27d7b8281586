package org.kafo.model.plan;

import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * Where the commune registered an action it owns: its development plan (PDESC) and, once financed,
 * the budget line.
 *
 * @param pdescEntry the entry in the PDESC or its annual investment plan
 * @param budgetLine the line of the commune budget that finances it; optional
 */
public record PdescReference(String pdescEntry, String budgetLine) {

    public PdescReference {
        pdescEntry = Require.text(pdescEntry, "PDESC entry", Limits.NAME);
        budgetLine = Require.optionalText(budgetLine, "budget line", Limits.NAME);
    }

    public boolean isBudgeted() {
        return budgetLine != null;
    }
}
