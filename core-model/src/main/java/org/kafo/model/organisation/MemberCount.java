package org.kafo.model.organisation;

import java.time.LocalDate;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Require;

/**
 * How many members an organisation had on a day, and how many of them are women and youth.
 */
public record MemberCount(int members, int women, int youth, LocalDate countedOn) {

    public MemberCount {
        Require.notNegative(members, "members");
        Require.notNegative(women, "women");
        Require.notNegative(youth, "youth");
        Require.day(countedOn, "counted on");
        if (women > members || youth > members) {
            throw new InvariantViolationException("members.breakdown",
                    "women (" + women + ") and youth (" + youth + ") are among the " + members + " members");
        }
    }
}
