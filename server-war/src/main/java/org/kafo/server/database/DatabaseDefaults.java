package org.kafo.server.database;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives from the database URL given as {@code -Dkafo.db.url} or {@code KAFO_DB_URL} (H2's file in
 * {@code kafo.data.dir} when neither is set):
 * <ul>
 * <li>{@code kafo.db.datasource}, the JDBC data source class: PostgreSQL's for {@code jdbc:postgresql:},
 * H2's otherwise. So a PostgreSQL database needs its URL, user and password only. Setting
 * {@code kafo.db.datasource} (system property or {@code KAFO_DB_DATASOURCE}) overrides it.</li>
 * <li>{@code kafo.db.connection-url}, the URL the data source connects with: {@code kafo.db.url}, with
 * {@code ;WRITE_DELAY=0} added for H2. H2 otherwise answers a commit before writing it to its file, and
 * writes what was committed every half second (its default write delay, 500 ms): a server killed in
 * between loses writes it has already acknowledged. With no delay each commit is in the file (the
 * operating system's cache) when the client gets its answer, and survives the server's death. A
 * {@code WRITE_DELAY} the operator wrote in an H2 URL is theirs and stays.</li>
 * </ul>
 */
public class DatabaseDefaults implements ConfigSource {

    static final String DATA_SOURCE = "kafo.db.datasource";
    static final String CONNECTION_URL = "kafo.db.connection-url";
    /** Expanded by MicroProfile Config to whichever source gives {@code kafo.db.url}. */
    static final String URL_EXPRESSION = "${kafo.db.url}";
    static final String NO_WRITE_DELAY = ";WRITE_DELAY=0";
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATA_SOURCE, CONNECTION_URL);
    }

    @Override
    public Map<String, String> getProperties() {
        String url = url();
        return Map.of(DATA_SOURCE, dataSourceFor(url), CONNECTION_URL, connectionUrl(url));
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case DATA_SOURCE -> dataSourceFor(url());
            case CONNECTION_URL -> connectionUrl(url());
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "kafo-database-defaults";
    }

    /** Above the application's defaults file (100), below the environment (300) and system properties (400). */
    @Override
    public int getOrdinal() {
        return 150;
    }

    static String dataSourceFor(String url) {
        return isPostgreSql(url) ? POSTGRESQL : H2;
    }

    /**
     * The URL to connect with, as an expression over {@code kafo.db.url}; {@code url} is the operator's
     * ({@code null}: the default, an H2 file).
     */
    static String connectionUrl(String url) {
        boolean delayChosen = url != null && url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=");
        return isPostgreSql(url) || delayChosen ? URL_EXPRESSION : URL_EXPRESSION + NO_WRITE_DELAY;
    }

    private static boolean isPostgreSql(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    private static String url() {
        String url = System.getProperty("kafo.db.url");
        return url != null ? url : System.getenv("KAFO_DB_URL");
    }
}
