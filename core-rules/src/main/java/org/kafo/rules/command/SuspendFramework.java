package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;

/** The framework pauses, for a reason: it is read only until it resumes. */
public record SuspendFramework(FrameworkId framework, String reason, LocalDate on) implements Command {

    public SuspendFramework {
        Require.present(framework, "framework");
        reason = Require.text(reason, "reason", Limits.TEXT);
        Require.present(on, "on");
    }
}
