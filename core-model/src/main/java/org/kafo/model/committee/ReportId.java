package org.kafo.model.committee;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies a progress report filed by a monitoring committee. */
public record ReportId(UUID value) implements Identifier {

    public ReportId {
        Require.present(value, "ReportId");
    }

    public static ReportId newId() {
        return new ReportId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static ReportId of(String text) {
        return new ReportId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
