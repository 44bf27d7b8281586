package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Effective;

/** When something is in force: from a first day to a last day, both included; either may be open (absent). */
@Schema(name = "Effective", example = "{\"from\": \"2024-09-24\"}")
public record EffectiveValue(LocalDate from, LocalDate to) {

    public static EffectiveValue of(Effective effective) {
        return effective == null ? null : new EffectiveValue(effective.from(), effective.to());
    }

    public static Effective toModel(LocalDate from, LocalDate to) {
        return new Effective(from, to);
    }
}
