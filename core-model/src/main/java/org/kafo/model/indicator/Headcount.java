package org.kafo.model.indicator;

import java.util.Collection;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;

/**
 * People counted, with the women and the youth among them.
 *
 * @param persons every person counted (at a meeting: one per attendance, so a person who came to
 *                three meetings counts three times)
 * @param women   the women among them
 * @param youth   the youth among them
 */
public record Headcount(long persons, long women, long youth) {

    public static final Headcount NONE = new Headcount(0, 0, 0);

    /** @throws IllegalArgumentException if a count is negative or women or youth exceed the persons */
    public Headcount {
        if (persons < 0 || women < 0 || youth < 0 || women > persons || youth > persons) {
            throw new IllegalArgumentException("not a headcount: " + persons + " persons, " + women + " women, "
                    + youth + " youth");
        }
    }

    public static Headcount of(Collection<Person> people) {
        return new Headcount(people.size(), people.stream().filter(p -> p.sex() == Sex.FEMALE).count(),
                people.stream().filter(Person::youth).count());
    }

    public Share womenShare() {
        return Share.of(women, persons);
    }

    public Share youthShare() {
        return Share.of(youth, persons);
    }

    public Headcount plus(Headcount other) {
        return new Headcount(persons + other.persons, women + other.women, youth + other.youth);
    }
}
