package org.kafo.model.organisation;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies an organisation: a party to frameworks. */
public record OrganisationId(UUID value) implements Identifier {

    public OrganisationId {
        Require.present(value, "OrganisationId");
    }

    public static OrganisationId newId() {
        return new OrganisationId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static OrganisationId of(String text) {
        return new OrganisationId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
