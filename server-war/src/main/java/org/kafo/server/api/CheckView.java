package org.kafo.server.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the rules would say of a command, asked before it is sent: nothing was saved.
 *
 * @param accepted whether the command would be accepted now (no blocking verdict)
 * @param verdicts every verdict it would get, in the caller's language
 */
@Schema(name = "Check")
public record CheckView(boolean accepted, List<VerdictView> verdicts) {
}
