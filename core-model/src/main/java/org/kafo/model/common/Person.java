package org.kafo.model.common;

/**
 * A named person acting for a party: a representative, an attendee, a committee member.
 *
 * @param name  full name
 * @param sex   for women's participation indicators
 * @param youth whether the person counts as youth (the profile sets the age band)
 * @param role  function in the party, such as "president" or "mayor"; optional
 */
public record Person(String name, Sex sex, boolean youth, String role) {

    public Person {
        name = Require.text(name, "name", Limits.NAME);
        Require.present(sex, "sex");
        role = Require.optionalText(role, "role", Limits.NAME);
    }

    public static Person of(String name, Sex sex) {
        return new Person(name, sex, false, null);
    }
}
