package org.kafo.rules.command;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.territory.CommuneId;

/** A commune proposes a consultation framework for its priority sectors. */
public record ProposeFramework(CommuneId commune, String name, List<Sector> prioritySectors, LocalDate on) implements Command {

    public ProposeFramework {
        Require.present(commune, "commune");
        Require.present(on, "on");
        prioritySectors = prioritySectors == null ? List.of() : Require.list(prioritySectors, "prioritySectors");
    }
}
