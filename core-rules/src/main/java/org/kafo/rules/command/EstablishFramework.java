package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.FrameworkId;

/** The commune council's deliberation establishes the framework (EST-1 refuses it without one). */
public record EstablishFramework(FrameworkId framework, CouncilDeliberation deliberation, LocalDate on) implements Command {

    public EstablishFramework {
        Require.present(framework, "framework");
        Require.present(on, "on");
    }
}
