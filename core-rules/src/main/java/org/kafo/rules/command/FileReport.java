package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;

/** The committee files a progress report on the plan in force. */
public record FileReport(FrameworkId framework, String summary, LocalDate on) implements Command {

    public FileReport {
        Require.present(framework, "framework");
        Require.present(on, "on");
    }
}
