package org.kafo.model.meeting;

import java.util.UUID;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Require;

/** Identifies a consultation meeting. */
public record MeetingId(UUID value) implements Identifier {

    public MeetingId {
        Require.present(value, "MeetingId");
    }

    public static MeetingId newId() {
        return new MeetingId(UUID.randomUUID());
    }

    /** @throws org.kafo.model.common.InvariantViolationException if the text is not a UUID */
    public static MeetingId of(String text) {
        return new MeetingId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
