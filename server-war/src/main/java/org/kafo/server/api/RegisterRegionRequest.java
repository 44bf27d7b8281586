package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.rules.command.RegisterRegion;

/** A region enters the register; {@code from} and {@code to} bound its existence, either may be left out. */
@Schema(example = "{\"code\": \"04\", \"name\": \"Ségou\", \"from\": \"1977-01-01\"}")
public record RegisterRegionRequest(@Schema(maxLength = Limits.CODE) String code,
        @Schema(maxLength = Limits.NAME) String name, LocalDate from, LocalDate to) {

    public RegisterRegion toCommand() {
        return new RegisterRegion(code, name, EffectiveValue.toModel(from, to));
    }
}
