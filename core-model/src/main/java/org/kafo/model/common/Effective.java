package org.kafo.model.common;

import java.time.LocalDate;

/**
 * When something is in force: from a first day to a last day, both included; either end may be
 * open (null): "since 24 September 2024", "until 23 September 2024".
 */
public record Effective(LocalDate from, LocalDate to) {

    public static final Effective ALWAYS = new Effective(null, null);

    public Effective {
        Require.optionalDay(from, "from");
        Require.optionalDay(to, "to");
        Require.notBefore(to, from, "to", "from");
    }

    public static Effective since(LocalDate from) {
        return new Effective(Require.present(from, "from"), null);
    }

    public boolean isOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean isOpenEnded() {
        return to == null;
    }

    public boolean overlaps(Effective other) {
        boolean startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        boolean otherStartsBeforeThisEnds = other.from == null || to == null || !other.from.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** The same start, ending on {@code lastDay}. */
    public Effective endingOn(LocalDate lastDay) {
        return new Effective(from, Require.present(lastDay, "last day"));
    }
}
