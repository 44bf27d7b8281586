package org.kafo.rules.command;

import java.util.List;
import org.kafo.model.common.Require;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.GeoPoint;
import org.kafo.model.territory.Population;

/** A commune enters the register with its first assignment to a cercle and region. */
public record RegisterCommune(String code, String name, List<String> aliases, Assignment assignment, Population population, GeoPoint location) implements Command {

    public RegisterCommune {
        aliases = aliases == null ? List.of() : Require.list(aliases, "aliases");
    }
}
