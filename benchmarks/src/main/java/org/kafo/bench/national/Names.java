package org.kafo.bench.national;

import java.util.List;
import java.util.Random;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;

/** Place names built from syllables, and people named as is common in Mali: all generated. */
final class Names {

    private static final List<String> FIRST = List.of("Ba", "Dio", "Sa", "Kou", "Ma", "Ni", "To", "Sé", "Fa", "Ké",
            "Dia", "Bou", "Ya", "Zan", "Mo", "Ton", "Kar", "Sin", "Wo", "Dja");
    private static final List<String> MIDDLE = List.of("na", "ro", "la", "ko", "ba", "ga", "ri", "mé", "so", "dou",
            "fa", "ni", "ké", "bou");
    private static final List<String> LAST = List.of("ro", "kala", "bougou", "dougou", "ni", "ko", "na", "sso", "ba",
            "gué", "la", "ra");
    private static final List<String> WOMEN = List.of("Aminata", "Fatoumata", "Mariam", "Kadiatou", "Oumou", "Awa",
            "Djénéba", "Assétou", "Rokia", "Salimata", "Hawa", "Kadidia", "Nana", "Bintou");
    private static final List<String> MEN = List.of("Moussa", "Mamadou", "Seydou", "Bakary", "Adama", "Souleymane",
            "Drissa", "Modibo", "Oumar", "Boubacar", "Lassina", "Siaka", "Yacouba", "Issa");
    private static final List<String> FAMILY = List.of("Traoré", "Coulibaly", "Diarra", "Keïta", "Konaté", "Sangaré",
            "Dembélé", "Diallo", "Touré", "Sidibé", "Camara", "Koné", "Sissoko", "Doumbia", "Samaké", "Mariko",
            "Bagayoko", "Fofana", "Kanté", "Cissé");

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    String place() {
        StringBuilder name = new StringBuilder(pick(FIRST));
        if (random.nextInt(3) > 0) {
            name.append(pick(MIDDLE));
        }
        return name.append(pick(LAST)).toString();
    }

    Person person(Sex sex, boolean youth, String role) {
        return new Person(pick(sex == Sex.FEMALE ? WOMEN : MEN) + " " + pick(FAMILY), sex, youth, role);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
