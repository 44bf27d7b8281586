package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Period;

/** A span of days, both ends included, as ISO-8601 dates. */
@Schema(name = "Period", example = "{\"start\": \"2008-04-15\", \"end\": \"2008-07-14\"}")
public record PeriodValue(LocalDate start, LocalDate end) {

    public static PeriodValue of(Period period) {
        return period == null ? null : new PeriodValue(period.start(), period.end());
    }

    public static Period toModel(PeriodValue value) {
        return value == null ? null : new Period(value.start, value.end);
    }
}
