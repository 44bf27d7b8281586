package org.kafo.server.data;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code kafo.db.datasource}, the JDBC data source class, from the database URL given as
 * {@code -Dkafo.db.url} or {@code KAFO_DB_URL}: PostgreSQL's for {@code jdbc:postgresql:}, H2's
 * otherwise. So a PostgreSQL database needs its URL, user and password only. Setting
 * {@code kafo.db.datasource} (system property or {@code KAFO_DB_DATASOURCE}) overrides it.
 */
public class DatabaseDefaults implements ConfigSource {

    static final String DATA_SOURCE = "kafo.db.datasource";
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATA_SOURCE);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(DATA_SOURCE, dataSourceFor(url()));
    }

    @Override
    public String getValue(String propertyName) {
        return DATA_SOURCE.equals(propertyName) ? dataSourceFor(url()) : null;
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
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    private static String url() {
        String url = System.getProperty("kafo.db.url");
        return url != null ? url : System.getenv("KAFO_DB_URL");
    }
}
