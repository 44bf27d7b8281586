package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.command.ProposeFramework;

/** A commune proposes a consultation framework for its priority sectors (sector codes). */
@Schema(example = """
        {"commune": "3a0f6f58-3c1d-4a5f-8d2f-2f1a7b9e0c11", "name": "Cadre de concertation de Dioro",
         "prioritySectors": ["small-scale-irrigation", "market-gardening"], "on": "2008-02-01"}""")
public record ProposeFrameworkRequest(UUID commune, @Schema(maxLength = Limits.NAME) String name,
        List<String> prioritySectors, LocalDate on) {

    public ProposeFramework toCommand() {
        return new ProposeFramework(Wire.id(commune, CommuneId::new), name, Wire.sectors(prioritySectors), on);
    }
}
