package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;

/**
 * Not a change: the question "how does the framework stand on {@code on}?", asked of the rule book
 * like a command. Rules that follow a framework up (CYC-3: the plan in force ended with no meeting
 * convened) register on it; {@code ConsultationProcess.followUp} answers it with their verdicts and
 * saves nothing.
 */
public record FollowUp(FrameworkId framework, LocalDate on) {

    public FollowUp {
        Require.present(framework, "framework");
        Require.day(on, "on");
    }
}
