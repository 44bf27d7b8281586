package org.kafo.model.plan;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies an action plan. */
public record PlanId(UUID value) implements Identifier {

    public PlanId {
        Require.present(value, "PlanId");
    }

    public static PlanId newId() {
        return new PlanId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static PlanId of(String text) {
        return new PlanId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
