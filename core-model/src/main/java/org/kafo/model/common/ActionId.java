package org.kafo.model.common;

import java.util.UUID;

/** Identifies an action of a plan; kept when the plan is saved and reloaded. */
public record ActionId(UUID value) implements Identifier {

    public ActionId {
        Require.present(value, "ActionId");
    }

    public static ActionId newId() {
        return new ActionId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static ActionId of(String text) {
        return new ActionId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
