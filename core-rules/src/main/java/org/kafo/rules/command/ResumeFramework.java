package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;

/**
 * A suspended framework resumes: it is active again.
 *
 * @param reason why it resumes (the blockade lifted, a special delegation installed), kept in the
 *               framework's history; optional
 */
public record ResumeFramework(FrameworkId framework, String reason, LocalDate on) implements Command {

    public ResumeFramework {
        Require.present(framework, "framework");
        Require.present(on, "on");
    }

    /** Without a reason. */
    public ResumeFramework(FrameworkId framework, LocalDate on) {
        this(framework, null, on);
    }
}
