package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;

/** The columns of a {@link Person}, the same in every table that names people. */
@Embeddable
public record PersonColumns(
        @Column(name = "name", nullable = false) String name,
        @Enumerated(EnumType.STRING) @Column(name = "sex", nullable = false) Sex sex,
        @Column(name = "youth", nullable = false) boolean youth,
        @Column(name = "person_role") String role) {

    static PersonColumns of(Person person) {
        return new PersonColumns(person.name(), person.sex(), person.youth(), person.role());
    }

    Person toPerson() {
        return new Person(name, sex, youth, role);
    }
}
