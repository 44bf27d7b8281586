package org.kafo.server.database;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kafo.persistence.jpa.KafoPersistence;

/**
 * Kafo's database, {@code java:app/jdbc/kafo}: defined here from MicroProfile Config
 * ({@code kafo.db.url}, {@code kafo.db.user}, {@code kafo.db.password}; the data source class and H2's
 * write delay follow from the URL, see {@link DatabaseDefaults}), an embedded H2 file under {@code kafo.data.dir} by
 * default, PostgreSQL by configuration. Never Payara's {@code jdbc/__default}.
 */
@DataSourceDefinition(
        name = KafoPersistence.CONTAINER_DATA_SOURCE,
        className = "${MPCONFIG=kafo.db.datasource}",
        url = "${MPCONFIG=kafo.db.connection-url}",
        user = "${MPCONFIG=kafo.db.user}",
        password = "${MPCONFIG=kafo.db.password}",
        minPoolSize = 1,
        maxPoolSize = 16)
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = KafoPersistence.CONTAINER_DATA_SOURCE)
    DataSource dataSource;

    /** The server's own migrations (accounts, grants, tokens, history), oldest first, in {@code db/server}. */
    static final List<String> SERVER_SCRIPTS = List.of("V1__access_and_history.sql", "V2__account_status.sql",
            "V3__history_of_accounts.sql", "V4__account_language.sql");

    /** Brings the schema up to date (versioned migrations, never a drop): Kafo's tables, then the server's. */
    public void migrate() {
        KafoPersistence.migrate(dataSource);
        KafoPersistence.migrate(dataSource, "kafo_server_schema_history", Database.class, "db/server", SERVER_SCRIPTS);
        LOG.info("Database schema up to date");
    }
}
