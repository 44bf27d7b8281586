package org.kafo.model.common;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** Days, periods and effective spans for properties, all from {@link #FIRST_DAY} on. */
final class PeriodGenerators {

    /** The first day any generated day, period or span may start on. */
    static final LocalDate FIRST_DAY = LocalDate.of(1999, 1, 1);

    private PeriodGenerators() {
    }

    /** Any day of the forty years from {@link #FIRST_DAY}. */
    static Gen<LocalDate> days() {
        return integers().between(0, 40 * 366).map(FIRST_DAY::plusDays);
    }

    /** The first day of a plan: any day will do. */
    static Gen<LocalDate> startsOfPlans() {
        return days();
    }

    /** Mostly short, plan-sized periods, so that pairs of them often touch or overlap. */
    static Gen<Period> periods() {
        return integers().between(0, 3 * 366).zip(integers().between(0, 200),
                (offset, length) -> Period.of(FIRST_DAY.plusDays(offset), FIRST_DAY.plusDays(offset + length)));
    }

    /** Spans of such periods, either end of which may be open. */
    static Gen<Effective> effectives() {
        return periods().zip(integers().between(0, 3),
                (period, open) -> new Effective((open & 1) == 0 ? period.start() : null,
                        (open & 2) == 0 ? period.end() : null));
    }
}
