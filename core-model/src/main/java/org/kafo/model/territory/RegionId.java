package org.kafo.model.territory;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies a region. */
public record RegionId(UUID value) implements Identifier {

    public RegionId {
        Require.present(value, "RegionId");
    }

    public static RegionId newId() {
        return new RegionId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static RegionId of(String text) {
        return new RegionId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
