package org.kafo.model.committee;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies a monitoring committee. */
public record CommitteeId(UUID value) implements Identifier {

    public CommitteeId {
        Require.present(value, "CommitteeId");
    }

    public static CommitteeId newId() {
        return new CommitteeId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static CommitteeId of(String text) {
        return new CommitteeId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
