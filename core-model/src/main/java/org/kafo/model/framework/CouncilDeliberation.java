package org.kafo.model.framework;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * The commune council's formal decision that establishes the framework.
 *
 * @param number   the deliberation's number in the council's register, such as "2008-014/CR-DIO"
 * @param date     the session day it was taken
 * @param decision what the council decided, in its words
 */
public record CouncilDeliberation(String number, LocalDate date, String decision) {

    public CouncilDeliberation {
        number = Require.text(number, "deliberation number", Limits.CODE);
        Require.day(date, "deliberation date");
        decision = Require.text(decision, "deliberation decision", Limits.TEXT);
    }
}
