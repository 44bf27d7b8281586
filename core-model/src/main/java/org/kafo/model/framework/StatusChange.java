package org.kafo.model.framework;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/** One step of a framework's life, kept in its history. */
public record StatusChange(FrameworkStatus status, LocalDate on, String reason) {

    public StatusChange {
        Require.present(status, "status");
        Require.day(on, "on");
        reason = Require.optionalText(reason, "reason", Limits.TEXT);
    }
}
