package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kafo.model.common.Person;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.Situation;

/**
 * Who came to the meetings held on or before the day: persons by party category, with the women's
 * and the youth's share. A person counts once per meeting attended.
 *
 * @param meetings   meetings held
 * @param total      every attendance
 * @param byCategory attendances by the category of the party attended for, every category present
 */
public record AttendanceIndicators(long meetings, Headcount total, Map<PartyCategory, Headcount> byCategory) {

    public static final AttendanceIndicators NONE = new AttendanceIndicators(0, Headcount.NONE, Map.of());

    public AttendanceIndicators {
        Objects.requireNonNull(total, "total is required");
        Map<PartyCategory, Headcount> all = new EnumMap<>(PartyCategory.class);
        for (PartyCategory category : PartyCategory.values()) {
            all.put(category, Objects.requireNonNull(byCategory, "attendance by category is required")
                    .getOrDefault(category, Headcount.NONE));
        }
        byCategory = Collections.unmodifiableMap(all);
    }

    static AttendanceIndicators compute(Situation situation, LocalDate day) {
        List<Meeting> held = AsOf.meetingsHeld(situation, day);
        List<Person> everyone = new ArrayList<>();
        Map<PartyCategory, List<Person>> people = new EnumMap<>(PartyCategory.class);
        for (Meeting meeting : held) {
            for (Attendance attendance : meeting.attendance()) {
                everyone.add(attendance.person());
                people.computeIfAbsent(attendance.category(), c -> new ArrayList<>()).add(attendance.person());
            }
        }
        Map<PartyCategory, Headcount> byCategory = new EnumMap<>(PartyCategory.class);
        people.forEach((category, persons) -> byCategory.put(category, Headcount.of(persons)));
        return new AttendanceIndicators(held.size(), Headcount.of(everyone), byCategory);
    }

    public Headcount of(PartyCategory category) {
        return byCategory.get(category);
    }

    public AttendanceIndicators plus(AttendanceIndicators o) {
        Map<PartyCategory, Headcount> sum = new EnumMap<>(byCategory);
        o.byCategory.forEach((category, count) -> sum.merge(category, count, Headcount::plus));
        return new AttendanceIndicators(meetings + o.meetings, total.plus(o.total), sum);
    }
}
