package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.command.ReassignCommune;

/** A territorial reform moves the commune to another cercle and region from a day on. */
@Schema(example = "{\"cercle\": \"0b8e4c1e-1111-4c55-9a40-0c7a0b0e2f11\", \"region\": \"6f1c1f5e-2a47-4a55-9a40-0c7a0b0e2f11\", \"from\": \"2024-09-24\"}")
public record ReassignCommuneRequest(UUID cercle, UUID region, LocalDate from) {

    public ReassignCommune toCommand(CommuneId commune) {
        return new ReassignCommune(commune, Wire.id(cercle, CercleId::new), Wire.id(region, RegionId::new), from);
    }
}
