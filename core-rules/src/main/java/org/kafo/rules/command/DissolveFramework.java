package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;

/** The framework ends for good, for a reason: it accepts nothing from then on. */
public record DissolveFramework(FrameworkId framework, String reason, LocalDate on) implements Command {

    public DissolveFramework {
        Require.present(framework, "framework");
        reason = Require.text(reason, "reason", Limits.TEXT);
        Require.present(on, "on");
    }
}
