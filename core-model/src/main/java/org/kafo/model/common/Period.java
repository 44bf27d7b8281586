package org.kafo.model.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A span of days, both ends included: "from 1 January to 31 March". Both ends lie within
 * {@link Limits#FIRST_DAY}..{@link Limits#LAST_DAY}, so that a rule may add months to either.
 *
 * @param start first day
 * @param end   last day, not before {@code start}
 */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Require.day(start, "start");
        Require.day(end, "end");
        Require.notBefore(end, start, "end", "start");
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    /** The period that starts on {@code start} and lasts {@code months} calendar months. */
    public static Period ofMonths(LocalDate start, int months) {
        Require.positive(months, "months");
        return new Period(start, lastDayWithinMonths(Require.day(start, "start"), months));
    }

    /**
     * The last day of {@code months} calendar months from {@code start}: 1 January to 31 March,
     * 15 May to 14 August. Where months are shorter, a period running to the end of the month
     * fits: 30 November to 28 February is three months, and so is 31 August to 30 November.
     */
    public static LocalDate lastDayWithinMonths(LocalDate start, int months) {
        LocalDate dayBeforeSameDay = start.plusMonths(months).minusDays(1);
        LocalDate fromTheEve = start.minusDays(1).plusMonths(months);
        return dayBeforeSameDay.isAfter(fromTheEve) ? dayBeforeSameDay : fromTheEve;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whether the period ends no later than the last day of {@code months} months from its start. */
    public boolean fitsWithinMonths(int months) {
        return !end.isAfter(lastDayWithinMonths(start, months));
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
