package org.kafo.bench.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A database the benchmark writes to, emptied before each write: an H2 file database (a new file
 * each time) or the PostgreSQL database the driver started (its {@code public} schema dropped and
 * created again).
 */
abstract class Database {

    abstract String name();

    /** Empties the database and returns the URL to write the next run to; the schema is not created yet. */
    abstract String clean() throws SQLException, IOException;

    abstract String user();

    abstract String password();

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /** Rows per table of the aggregates. */
    Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            for (String table : JdbcWriter.TABLES.keySet()) {
                try (var result = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        }
        return counts;
    }

    /** An H2 database in a file of its own under {@code directory}, as the server's embedded default. */
    static Database h2File(Path directory) {
        return new Database() {
            private int next;
            private Path current;

            @Override
            String name() {
                return "H2 2.2.224, file database (embedded)";
            }

            @Override
            String clean() throws IOException {
                if (current != null) {
                    delete(current);
                }
                current = directory.resolve("run-" + next++);
                delete(current);
                Files.createDirectories(current);
                return "jdbc:h2:file:" + current.toAbsolutePath().resolve("kafo");
            }

            @Override
            String user() {
                return "sa";
            }

            @Override
            String password() {
                return "";
            }
        };
    }

    /** The PostgreSQL database at {@code url}, emptied by dropping its public schema. */
    static Database postgreSql(String url, String user, String password) {
        return new Database() {
            @Override
            String name() {
                return "PostgreSQL";
            }

            @Override
            String clean() throws SQLException {
                try (Connection c = connect(url); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA public CASCADE");
                    s.execute("CREATE SCHEMA public");
                }
                return url;
            }

            @Override
            String user() {
                return user;
            }

            @Override
            String password() {
                return password == null ? "" : password;
            }
        };
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
