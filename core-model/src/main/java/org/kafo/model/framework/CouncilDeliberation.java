package org.kafo.model.framework;

import java.time.LocalDate;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Require;

/**
 * A formal decision of the commune's deliberating body about the framework: the one that
 * establishes it, or a later one that renews it, changes its sectors or dissolves it.
 *
 * @param number   the deliberation's number in the register, such as "2008-014/CR-DIO"
 * @param date     the session day it was taken
 * @param decision what was decided, in the body's words
 * @param body     who deliberated: the elected council or a special delegation
 */
public record CouncilDeliberation(String number, LocalDate date, String decision, DeliberatingBody body) {

    public CouncilDeliberation {
        number = Require.text(number, "deliberation number", Limits.CODE);
        Require.day(date, "deliberation date");
        decision = Require.text(decision, "deliberation decision", Limits.TEXT);
        Require.present(body, "deliberating body");
    }

    /** A deliberation of the elected commune council. */
    public CouncilDeliberation(String number, LocalDate date, String decision) {
        this(number, date, decision, DeliberatingBody.COUNCIL);
    }
}
