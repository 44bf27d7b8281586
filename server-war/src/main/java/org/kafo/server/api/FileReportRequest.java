package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.command.FileReport;

/** The committee files a progress report on the plan in force. */
@Schema(example = "{\"summary\": \"Deux actions sur trois avancent; la motopompe n'est pas livrée.\", \"on\": \"2008-06-01\"}")
public record FileReportRequest(@Schema(maxLength = Limits.TEXT) String summary, LocalDate on) {

    public FileReport toCommand(FrameworkId framework) {
        return new FileReport(framework, summary, on);
    }
}
