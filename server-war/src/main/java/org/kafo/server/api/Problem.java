package org.kafo.server.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error, as {@code application/problem+json} (RFC 9457). Beside the standard members:
 * {@code code}, a stable machine-readable code ({@code required}, {@code framework.status},
 * {@code aggregate.not-found}, ...); {@code verdicts}, for a change the rules refused (422);
 * {@code currentVersion}, for a stale version (409).
 */
@Schema(name = "Problem", example = """
        {"type": "urn:kafo:problem:command-refused", "title": "The rules refuse this change", "status": 422,
         "detail": "Refused by EST-1", "instance": "/api/frameworks/1c2d.../establishment", "code": "command.refused",
         "verdicts": [{"ruleId": "EST-1", "severity": "BLOCKING", "messageKey": "EST-1.no-deliberation",
                       "message": "Le cadre 1c2d... ne peut pas être créé le 2008-03-20 sans délibération du conseil communal.",
                       "facts": {"framework": "1c2d...", "on": "2008-03-20"}}]}""")
public record Problem(String type, String title, int status, String detail, String instance, String code,
        Long currentVersion, List<VerdictView> verdicts) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
