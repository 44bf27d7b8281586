package org.kafo.model.organisation;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * The act that gives an organisation legal existence, such as a cooperative's registration
 * (récépissé) with the local authority.
 */
public record LegalRegistration(String number, LocalDate registeredOn, String authority) {

    public LegalRegistration {
        number = Require.text(number, "registration number", Limits.CODE);
        Require.day(registeredOn, "registered on");
        authority = Require.text(authority, "registering authority", Limits.NAME);
    }
}
