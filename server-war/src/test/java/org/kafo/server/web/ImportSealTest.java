package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportSealTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final ImportSeal seal = new ImportSeal("session-token-of-the-officer");

    @Test
    void the_seal_of_a_dry_run_holds_for_the_same_file_target_and_account() {
        String sealed = seal.of("attendance/1c2d", "dioro.mairie", SHA, "presences.xlsx");

        assertThat(sealed).hasSize(64).matches("[0-9a-f]+");
        assertThat(seal.holds(sealed, "attendance/1c2d", "dioro.mairie", SHA, "presences.xlsx")).isTrue();
        assertThat(new ImportSeal("session-token-of-the-officer")
                .holds(sealed, "attendance/1c2d", "dioro.mairie", SHA, "presences.xlsx")).as("on another node").isTrue();
    }

    @Test
    void another_file_target_account_name_or_session_breaks_it() {
        String sealed = seal.of("attendance/1c2d", "dioro.mairie", SHA, "presences.xlsx");

        assertThat(seal.holds(sealed, "attendance/1c2d", "dioro.mairie", SHA.replace('9', '8'), "presences.xlsx")).isFalse();
        assertThat(seal.holds(sealed, "attendance/other", "dioro.mairie", SHA, "presences.xlsx")).isFalse();
        assertThat(seal.holds(sealed, "needs/1c2d", "dioro.mairie", SHA, "presences.xlsx")).isFalse();
        assertThat(seal.holds(sealed, "attendance/1c2d", "dioro.coop", SHA, "presences.xlsx")).isFalse();
        assertThat(seal.holds(sealed, "attendance/1c2d", "dioro.mairie", SHA, "autre.xlsx")).isFalse();
        assertThat(new ImportSeal("another-session").holds(sealed, "attendance/1c2d", "dioro.mairie", SHA,
                "presences.xlsx")).isFalse();
        assertThat(seal.holds(null, "attendance/1c2d", "dioro.mairie", SHA, "presences.xlsx")).isFalse();
        assertThat(seal.holds("", "attendance/1c2d", "dioro.mairie", SHA, "presences.xlsx")).isFalse();
    }

    @Test
    void parts_moved_from_one_to_the_next_make_another_seal() {
        assertThat(seal.of("ab", "c", SHA, "f")).isNotEqualTo(seal.of("a", "bc", SHA, "f"));
    }

    @Test
    void a_visit_without_a_session_cannot_seal() {
        assertThatThrownBy(() -> new ImportSeal(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportSeal("")).isInstanceOf(IllegalArgumentException.class);
    }
}
