package org.kafo.demo;

import org.kafo.demo.PactMaliDataset.OrganisationEntry;
import org.kafo.demo.PactMaliDataset.RepresentativeEntry;
import org.kafo.demo.PactMaliDataset.ServiceEntry;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;

/**
 * The people who sit for the parties. The dataset names no one: a person is named by the role
 * they hold, such as "Présidente, Groupement des femmes maraîchères de Dioro".
 */
final class People {

    private People() {
    }

    static Person municipal(RepresentativeEntry representative, String commune) {
        String role = representative.role();
        return new Person(capitalised(role) + " de " + commune, representative.sex(), false, role);
    }

    static Person head(OrganisationEntry organisation) {
        String role = organisation.head() == Sex.FEMALE ? "présidente" : "président";
        return new Person(capitalised(role) + ", " + organisation.name(), organisation.head(), false, role);
    }

    static Person youngMember(OrganisationEntry organisation) {
        return new Person("Jeune membre, " + organisation.name(), organisation.youngMember(), true, "membre");
    }

    static Person agent(ServiceEntry service) {
        return new Person("Agent, " + service.name(), Sex.MALE, false, "agent technique");
    }

    static Person facilitator(String programme) {
        return new Person("Animatrice, " + programme, Sex.FEMALE, false, "animatrice");
    }

    static Person officer(String partner) {
        return new Person("Chargé de programme, " + partner, Sex.MALE, false, "chargé de programme");
    }

    private static String capitalised(String role) {
        return role.isEmpty() ? role : Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }
}
