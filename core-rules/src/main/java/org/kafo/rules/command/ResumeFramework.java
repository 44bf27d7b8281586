package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;

/** A suspended framework resumes: it is active again. */
public record ResumeFramework(FrameworkId framework, LocalDate on) implements Command {

    public ResumeFramework {
        Require.present(framework, "framework");
        Require.present(on, "on");
    }
}
