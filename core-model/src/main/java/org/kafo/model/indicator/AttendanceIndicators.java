package org.kafo.model.indicator;

import java.util.Map;
import org.kafo.model.organisation.PartyCategory;

/**
 * Who came to the meetings held on or before the day: persons by party category, with the women's
 * and the youth's share. A person counts once per meeting attended.
 *
 * @param meetings   meetings held
 * @param byCategory attendances by the category of the party attended for, every category present
 *                   (absent ones are zero)
 */
public record AttendanceIndicators(long meetings, Map<PartyCategory, Headcount> byCategory) {

    public static final AttendanceIndicators NONE = new AttendanceIndicators(0, Map.of());

    public AttendanceIndicators {
        byCategory = ByCategory.every(byCategory, Headcount.NONE);
    }

    public Headcount of(PartyCategory category) {
        return byCategory.get(category);
    }

    /** Every attendance, whatever the category. */
    public Headcount total() {
        return byCategory.values().stream().reduce(Headcount.NONE, Headcount::plus);
    }

    public AttendanceIndicators plus(AttendanceIndicators o) {
        return new AttendanceIndicators(meetings + o.meetings, ByCategory.plus(byCategory, o.byCategory, Headcount::plus));
    }
}
