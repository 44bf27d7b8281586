package org.kafo.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.violationCode;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.model.framework.FrameworkId;

class ValuesTest {

    @Test
    void a_sector_code_is_lower_case_words_joined_by_hyphens() {
        assertThat(Sector.of("small-scale-irrigation")).hasToString("small-scale-irrigation");
        assertThat(violationCode(() -> Sector.of("Small scale irrigation"))).isEqualTo("sector.code");
        assertThat(violationCode(() -> Sector.of("market--gardening"))).isEqualTo("sector.code");
        assertThat(violationCode(() -> Sector.of(null))).isEqualTo("required");
    }

    @Test
    void a_person_has_a_name_and_a_sex_and_the_text_is_tidied() {
        // when
        Person president = new Person("  Aminata Diarra ", Sex.FEMALE, false, "  ");

        // then
        assertThat(president.name()).isEqualTo("Aminata Diarra");
        assertThat(president.role()).isNull();
        assertThat(Person.of("Seydou Traoré", Sex.MALE).youth()).isFalse();
        assertThat(violationCode(() -> Person.of(" ", Sex.MALE))).isEqualTo("required");
        assertThat(violationCode(() -> Person.of("Seydou Traoré", null))).isEqualTo("required");
    }

    @Test
    void an_identifier_reads_back_from_its_text() {
        // given
        FrameworkId id = FrameworkId.newId();

        // when
        FrameworkId read = FrameworkId.of(id.toString());

        // then
        assertThat(read).isEqualTo(id);
        assertThat(violationCode(() -> FrameworkId.of("cadre-de-dioro"))).isEqualTo("identifier.malformed");
        assertThat(violationCode(() -> new FrameworkId((UUID) null))).isEqualTo("required");
    }
}
