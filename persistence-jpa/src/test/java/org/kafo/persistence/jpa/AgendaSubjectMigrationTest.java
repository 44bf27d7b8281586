package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.kafo.persistence.jpa.internal.MigrationScripts;

/** V6 gives the agenda items the process wrote before it their subject back, read from their English title. */
class AgendaSubjectMigrationTest {

    @Test
    void the_items_the_process_wrote_get_their_subject_and_the_typed_ones_none() throws SQLException {
        // given a database at version 3 with a meeting whose agenda the process wrote in English
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:" + Databases.h2File() + "/kafo");
        dataSource.setUser("sa");
        Flyway.configure(getClass().getClassLoader()).resourceProvider(MigrationScripts.KAFO).cleanDisabled(true)
                .dataSource(dataSource).target("3").load().migrate();
        String meeting = "00000000-0000-0000-0000-000000000001";
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO meeting (id, framework_id, sequence_no, planned_on, venue, status, version)"
                    + " VALUES ('" + meeting + "', '00000000-0000-0000-0000-000000000002', 2, DATE '2008-05-29',"
                    + " 'Mairie', 'CONVENED', 0)");
            String[][] items = {
                {"Review of action: Aménagement du PIV de 30 ha", "ACTION_REVIEW"},
                {"Obstacle: La motopompe n'est pas livrée", "OBSTACLE"},
                {"Open needs to negotiate into the plan (12)", "NEEDS"},
                {"Adoption of the action plan of cycle 2", "PLAN_ADOPTION"},
                {"Point sur la campagne de contre-saison", "OTHER"}};
            for (int i = 0; i < items.length; i++) {
                sql.executeUpdate("INSERT INTO meeting_agenda_item (meeting_id, position, title, kind) VALUES ('"
                        + meeting + "', " + i + ", '" + items[i][0].replace("'", "''") + "', '" + items[i][1] + "')");
            }
        }

        // when
        KafoPersistence.migrate(dataSource);

        // then
        List<String> subjects = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT subject FROM meeting_agenda_item ORDER BY position")) {
            while (rows.next()) {
                subjects.add(rows.getString(1));
            }
        }
        assertThat(subjects).containsExactly("Aménagement du PIV de 30 ha", "La motopompe n'est pas livrée", "12", "2",
                null);
    }
}
