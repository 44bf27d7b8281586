package org.kafo.bench.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kafo.bench.rules.Frameworks;
import org.kafo.bench.rules.GeneratedFramework;
import org.kafo.persistence.jpa.KafoPersistence;

class JdbcWriterTest {

    @Test
    void raw_jdbc_writes_the_very_rows_persistence_jpa_writes() throws Exception {
        // given a few generated frameworks
        List<GeneratedFramework> frameworks = Frameworks.generate(Frameworks.SEED, 4, false);
        String viaJpa = "jdbc:h2:mem:jdbc-writer-jpa;DB_CLOSE_DELAY=-1";
        String viaJdbc = "jdbc:h2:mem:jdbc-writer-jdbc;DB_CLOSE_DELAY=-1";

        // when they are written through the repositories and by the writer
        try (KafoPersistence db = KafoPersistence.open(viaJpa, "sa", "")) {
            for (GeneratedFramework framework : frameworks) {
                Aggregates aggregates = Aggregates.of(framework);
                db.transactions().inTransaction(() -> aggregates.saveWith(db.repositories()));
            }
        }
        KafoPersistence.open(viaJdbc, "sa", "").close();
        try (Connection connection = DriverManager.getConnection(viaJdbc, "sa", "");
                JdbcWriter writer = new JdbcWriter(connection)) {
            for (GeneratedFramework framework : frameworks) {
                writer.add(framework);
            }
            writer.commit();
        }

        // then every table holds the same rows, value for value
        Map<String, List<String>> jpaRows = contents(viaJpa);
        Map<String, List<String>> jdbcRows = contents(viaJdbc);
        assertThat(jpaRows.get("framework")).hasSize(4);
        assertThat(jpaRows.get("plan_action_cost_share")).isNotEmpty();
        assertThat(jdbcRows).isEqualTo(jpaRows);
    }

    /** Every row of every table of the aggregates, as text, in key order. */
    private static Map<String, List<String>> contents(String url) throws Exception {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (Map.Entry<String, List<String>> table : JdbcWriter.TABLES.entrySet()) {
                List<String> columns = table.getValue();
                String key = columns.contains("position") ? columns.get(0) + ", position" : "id";
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table.getKey()
                        + " ORDER BY " + key)) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.size(); i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                contents.put(table.getKey(), rows);
            }
        }
        return contents;
    }
}
