package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.RegionId;

/** A territorial reform moves a commune to another cercle and region from a day on. */
public record ReassignCommune(CommuneId commune, CercleId cercle, RegionId region, LocalDate from) implements Command {

    public ReassignCommune {
        Require.present(commune, "commune");
        Require.present(cercle, "cercle");
        Require.present(region, "region");
        Require.present(from, "from");
    }
}
