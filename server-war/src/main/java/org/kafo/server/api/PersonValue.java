package org.kafo.server.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;

/** A person acting for a party: a representative, an attendee, a committee member. */
@Schema(name = "Person", example = "{\"name\": \"Awa Traoré\", \"sex\": \"FEMALE\", \"youth\": false, \"role\": \"présidente\"}")
public record PersonValue(@Schema(maxLength = Limits.NAME) String name, Sex sex, Boolean youth,
        @Schema(maxLength = Limits.NAME) String role) {

    public static PersonValue of(Person person) {
        return new PersonValue(person.name(), person.sex(), person.youth(), person.role());
    }

    public Person toModel() {
        return new Person(name, sex, Boolean.TRUE.equals(youth), role);
    }
}
