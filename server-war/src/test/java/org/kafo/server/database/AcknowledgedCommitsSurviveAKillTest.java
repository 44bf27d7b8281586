package org.kafo.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server promises on its default database: a commit whose answer went out is in the H2 file,
 * even if the server is killed the next instant. Another JVM commits on the URL the server connects with
 * ({@link DatabaseDefaults#connectionUrl} over the default file URL), says so after each commit, and is
 * killed ({@code kill -9}) as soon as it has said its last.
 */
class AcknowledgedCommitsSurviveAKillTest {

    private static final int COMMITS = 200;

    @TempDir
    Path dir;

    @Test
    void every_commit_acknowledged_before_a_kill_is_in_the_default_h2_file_after_it() throws Exception {
        // given the server's connection URL for its default H2 file
        String fileUrl = "jdbc:h2:file:" + dir.resolve("kafo");
        String url = DatabaseDefaults.connectionUrl(null).replace(DatabaseDefaults.URL_EXPRESSION, fileUrl);

        // when a JVM commits one row at a time, acknowledging each, and is killed after the last acknowledgement
        int acknowledged = 0;
        Process writer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url, Integer.toString(COMMITS)))
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < COMMITS && (line = lines.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged = Integer.parseInt(line.substring("committed ".length()));
                }
            }
            writer.destroyForcibly();
        }
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // then every acknowledged row is there when the file is opened again
        assertThat(acknowledged).isEqualTo(COMMITS);
        try (Connection connection = DriverManager.getConnection(fileUrl, "kafo", "kafo");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM acknowledged")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(COMMITS);
        }
    }

    /** The other JVM: one row per transaction, {@code committed n} on its output once the commit returned. */
    public static final class Writer {

        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection(args[0], "kafo", "kafo");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE acknowledged (n INT PRIMARY KEY, marker VARCHAR(100))");
                connection.setAutoCommit(false);
                for (int n = 1; n <= Integer.parseInt(args[1]); n++) {
                    statement.executeUpdate("INSERT INTO acknowledged VALUES (" + n + ", 'row " + n + "')");
                    connection.commit();
                    System.out.println("committed " + n);
                    System.out.flush();
                }
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        }
    }
}
