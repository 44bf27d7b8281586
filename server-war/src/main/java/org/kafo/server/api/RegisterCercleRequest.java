package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.territory.RegionId;
import org.kafo.rules.command.RegisterCercle;

/** A cercle enters the register, in its region. */
@Schema(example = "{\"code\": \"04-06\", \"name\": \"Ségou\", \"region\": \"6f1c1f5e-2a47-4a55-9a40-0c7a0b0e2f11\"}")
public record RegisterCercleRequest(@Schema(maxLength = Limits.CODE) String code,
        @Schema(maxLength = Limits.NAME) String name, UUID region, LocalDate from, LocalDate to) {

    public RegisterCercle toCommand() {
        return new RegisterCercle(code, name, Wire.id(region, RegionId::new), EffectiveValue.toModel(from, to));
    }
}
