package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.server.api.EstablishFrameworkRequest.DeliberationValue;

/**
 * A later deliberation about the framework: who deliberated (the council, or a special delegation),
 * what it decided, and from which day it takes effect; {@code sectors} only for a change of sectors.
 */
@Schema(example = """
        {"deliberation": {"number": "2012-031/DS-DIO", "date": "2012-09-14", "body": "SPECIAL_DELEGATION",
         "decision": "La délégation spéciale reconduit le cadre de concertation."},
         "outcome": "RENEWAL", "on": "2012-09-14"}""")
public record RecordDeliberationRequest(DeliberationValue deliberation, DeliberationOutcome outcome,
        List<String> sectors, LocalDate on) {

    public RecordDeliberation toCommand(FrameworkId framework) {
        return new RecordDeliberation(framework, deliberation == null ? null : deliberation.toModel(), outcome,
                Wire.sectors(sectors == null ? List.of() : sectors), on);
    }
}
