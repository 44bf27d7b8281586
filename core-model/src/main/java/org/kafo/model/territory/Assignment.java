package org.kafo.model.territory;

import java.time.LocalDate;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Require;

/**
 * Where a commune sits in the territory for a while: its cercle and region. The 2023 reform moved
 * communes to new cercles and regions, so a commune keeps every assignment it had.
 */
public record Assignment(CercleId cercle, RegionId region, Effective effective) {

    public Assignment {
        Require.present(cercle, "cercle");
        Require.present(region, "region");
        Require.present(effective, "effective");
    }

    public boolean isOn(LocalDate day) {
        return effective.isOn(day);
    }
}
