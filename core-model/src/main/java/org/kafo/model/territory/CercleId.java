package org.kafo.model.territory;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies a cercle. */
public record CercleId(UUID value) implements Identifier {

    public CercleId {
        Require.present(value, "CercleId");
    }

    public static CercleId newId() {
        return new CercleId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static CercleId of(String text) {
        return new CercleId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
