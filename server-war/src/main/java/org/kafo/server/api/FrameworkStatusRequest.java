package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.ResumeFramework;
import org.kafo.rules.command.SuspendFramework;

/**
 * A change of the framework's status: suspended or dissolved for a reason, resumed with one if given. A
 * suspended framework is read only until it resumes; a dissolved one accepts nothing.
 */
@Schema(name = "FrameworkStatusChange", example = """
        {"reason": "Le conseil communal est dissous: délégation spéciale", "on": "2009-06-01"}""")
public record FrameworkStatusRequest(@Schema(maxLength = Limits.TEXT) String reason, LocalDate on) {

    public SuspendFramework toSuspension(FrameworkId framework) {
        return new SuspendFramework(framework, reason, on);
    }

    public ResumeFramework toResumption(FrameworkId framework) {
        return new ResumeFramework(framework, reason, on);
    }

    public DissolveFramework toDissolution(FrameworkId framework) {
        return new DissolveFramework(framework, reason, on);
    }
}
