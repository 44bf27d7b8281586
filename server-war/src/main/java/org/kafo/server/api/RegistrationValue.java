package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.organisation.LegalRegistration;

/** The act that gives an organisation legal existence (a cooperative's récépissé). */
@Schema(name = "LegalRegistration", example = "{\"number\": \"0042/CD\", \"registeredOn\": \"2007-11-05\", \"authority\": \"Cercle de Ségou\"}")
public record RegistrationValue(@Schema(maxLength = Limits.CODE) String number, LocalDate registeredOn,
        @Schema(maxLength = Limits.NAME) String authority) {

    public static RegistrationValue of(LegalRegistration registration) {
        return registration == null ? null
                : new RegistrationValue(registration.number(), registration.registeredOn(), registration.authority());
    }

    public static LegalRegistration toModel(RegistrationValue value) {
        return value == null ? null : new LegalRegistration(value.number, value.registeredOn, value.authority);
    }
}
