package org.kafo.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseDefaultsTest {

    @Test
    void a_postgresql_url_takes_postgresql_s_data_source_and_anything_else_h2_s() {
        assertThat(DatabaseDefaults.dataSourceFor("jdbc:postgresql://127.0.0.1:5432/kafo"))
                .isEqualTo(DatabaseDefaults.POSTGRESQL);
        assertThat(DatabaseDefaults.dataSourceFor("jdbc:h2:file:/var/kafo/kafo")).isEqualTo(DatabaseDefaults.H2);
        assertThat(DatabaseDefaults.dataSourceFor(null)).isEqualTo(DatabaseDefaults.H2);
    }
}
