package org.kafo.model.meeting;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/** The written record of a meeting. */
public record Minutes(String text, LocalDate recordedOn) {

    public Minutes {
        text = Require.text(text, "minutes", Limits.MINUTES);
        Require.day(recordedOn, "recorded on");
    }
}
