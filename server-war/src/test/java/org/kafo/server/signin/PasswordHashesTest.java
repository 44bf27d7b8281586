package org.kafo.server.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    private final PasswordHashes hashes = new PasswordHashes(PasswordHashes.DEFAULT_ITERATIONS);

    @Test
    void a_password_is_stored_as_a_salted_pbkdf2_hash_that_only_it_verifies() {
        String stored = hashes.hash("riz de Dioro 2008".toCharArray());

        assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain("riz de Dioro");
        assertThat(hashes.verify("riz de Dioro 2008".toCharArray(), stored)).isTrue();
        assertThat(hashes.verify("riz de Dioro 2009".toCharArray(), stored)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertThat(hashes.hash("the same password".toCharArray())).isNotEqualTo(hashes.hash("the same password".toCharArray()));
    }

    @Test
    void a_hash_keeps_its_own_iteration_count_when_the_setting_changes() {
        String older = new PasswordHashes(210_000).hash("set before the change".toCharArray());

        assertThat(hashes.verify("set before the change".toCharArray(), older)).isTrue();
    }

    @Test
    void malformed_hashes_verify_nothing() {
        for (String stored : new String[] {null, "", "plain", "md5$1$a$b", "pbkdf2-sha256$x$AAAA$AAAA",
                "pbkdf2-sha256$1000$!!$AAAA"}) {
            assertThat(hashes.verify("anything at all".toCharArray(), stored)).as(stored).isFalse();
        }
    }

    @Test
    void too_few_iterations_are_refused() {
        assertThatThrownBy(() -> new PasswordHashes(10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_token_is_kept_as_its_sha256() {
        assertThat(PasswordHashes.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
