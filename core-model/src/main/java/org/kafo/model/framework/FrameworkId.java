package org.kafo.model.framework;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies a consultation framework. */
public record FrameworkId(UUID value) implements Identifier {

    public FrameworkId {
        Require.present(value, "FrameworkId");
    }

    public static FrameworkId newId() {
        return new FrameworkId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static FrameworkId of(String text) {
        return new FrameworkId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
