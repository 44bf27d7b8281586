package org.kafo.server.database;

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

    @Test
    void the_default_h2_file_and_an_operator_s_h2_url_are_connected_to_without_write_delay() {
        // given the default URL (none given) and an operator's H2 URL with settings of its own
        // when
        String byDefault = DatabaseDefaults.connectionUrl(null);
        String operators = DatabaseDefaults.connectionUrl("jdbc:h2:file:/srv/kafo/kafo;AUTO_SERVER=TRUE");

        // then
        assertThat(byDefault).isEqualTo("${kafo.db.url};WRITE_DELAY=0");
        assertThat(operators).isEqualTo("${kafo.db.url};WRITE_DELAY=0");
    }

    @Test
    void a_write_delay_the_operator_chose_and_a_postgresql_url_are_left_as_they_are() {
        // when
        String chosen = DatabaseDefaults.connectionUrl("jdbc:h2:file:/srv/kafo/kafo;write_delay=100");
        String postgresql = DatabaseDefaults.connectionUrl("jdbc:postgresql://127.0.0.1:5432/kafo");

        // then
        assertThat(chosen).isEqualTo("${kafo.db.url}");
        assertThat(postgresql).isEqualTo("${kafo.db.url}");
    }

    @Test
    void the_data_source_is_defined_with_the_connection_url() {
        // given
        var definition = Database.class.getAnnotation(jakarta.annotation.sql.DataSourceDefinition.class);

        // then
        assertThat(definition.url()).isEqualTo("${MPCONFIG=" + DatabaseDefaults.CONNECTION_URL + "}");
        assertThat(new DatabaseDefaults().getPropertyNames()).contains(DatabaseDefaults.CONNECTION_URL);
    }
}
