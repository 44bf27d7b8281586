package org.kafo.model.need;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies a need raised by professionals. */
public record NeedId(UUID value) implements Identifier {

    public NeedId {
        Require.present(value, "NeedId");
    }

    public static NeedId newId() {
        return new NeedId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static NeedId of(String text) {
        return new NeedId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
