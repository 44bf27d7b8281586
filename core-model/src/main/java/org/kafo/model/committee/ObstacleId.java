package org.kafo.model.committee;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies an obstacle recorded by a monitoring committee. */
public record ObstacleId(UUID value) implements Identifier {

    public ObstacleId {
        Require.present(value, "ObstacleId");
    }

    public static ObstacleId newId() {
        return new ObstacleId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static ObstacleId of(String text) {
        return new ObstacleId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
