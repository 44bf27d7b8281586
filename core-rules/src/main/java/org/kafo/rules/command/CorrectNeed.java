package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Money;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;

/**
 * Those who raised a need correct its sector, kind, description and estimated cost (optional), for
 * a reason (NEED-3: only while it is open; NEED-2 on the corrected values).
 */
public record CorrectNeed(NeedId need, Sector sector, NeedKind kind, String description, Money estimatedCost,
        String reason, LocalDate on) implements Command {

    public CorrectNeed {
        Require.present(need, "need");
        Require.present(on, "on");
    }
}
