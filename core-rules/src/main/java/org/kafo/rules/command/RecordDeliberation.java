package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkId;

/**
 * The commune's deliberating body (a new council after elections, or a special delegation)
 * deliberates again on an established framework: it renews it, changes its priority sectors to
 * {@code sectors} or dissolves it (GOV-1, GOV-2; EST-2 and EST-3 on a change of sectors). A
 * missing deliberation is GOV-1's to refuse.
 *
 * @param sectors the new priority sectors of a {@link DeliberationOutcome#SECTORS_CHANGE}; empty
 *                (or null) for any other outcome
 */
public record RecordDeliberation(FrameworkId framework, CouncilDeliberation deliberation, DeliberationOutcome outcome,
        List<Sector> sectors, LocalDate on) implements Command {

    public RecordDeliberation {
        Require.present(framework, "framework");
        Require.present(outcome, "outcome");
        sectors = Require.optionalList(sectors, "sectors");
        Require.state(outcome == DeliberationOutcome.SECTORS_CHANGE || sectors.isEmpty(),
                "deliberation.sectors", "only a change of sectors names sectors, not a " + outcome);
        Require.present(on, "on");
    }
}
