package org.kafo.model.territory;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies a commune. */
public record CommuneId(UUID value) implements Identifier {

    public CommuneId {
        Require.present(value, "CommuneId");
    }

    public static CommuneId newId() {
        return new CommuneId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static CommuneId of(String text) {
        return new CommuneId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
