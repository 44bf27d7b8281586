package org.kafo.rules.command;

import org.kafo.model.common.Effective;
import org.kafo.model.common.Require;
import org.kafo.model.territory.RegionId;

/** A cercle enters the register, in its region. */
public record RegisterCercle(String code, String name, RegionId region, Effective effective) implements Command {

    public RegisterCercle {
        Require.present(region, "region");
    }
}
