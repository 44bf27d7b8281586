package org.kafo.server.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kafo.model.common.InvariantViolationException;

class VersionsTest {

    @Test
    void an_entity_tag_names_a_version_quoted_weak_or_bare() {
        assertThat(Versions.parse("\"3\"")).isEqualTo(3);
        assertThat(Versions.parse("W/\"3\"")).isEqualTo(3);
        assertThat(Versions.parse(" 3 ")).isEqualTo(3);
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
    }

    @Test
    void anything_else_is_refused() {
        assertThatThrownBy(() -> Versions.parse("\"abc\"")).isInstanceOf(InvariantViolationException.class);
        assertThatThrownBy(() -> Versions.parse("-1")).isInstanceOf(InvariantViolationException.class);
    }
}
