package org.kafo.server.data;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kafo.persistence.jpa.KafoPersistence;

/**
 * Kafo's database, {@code java:app/jdbc/kafo}: defined here from MicroProfile Config
 * ({@code kafo.db.url}, {@code kafo.db.user}, {@code kafo.db.password}; the data source class follows
 * from the URL, see {@link DatabaseDefaults}), an embedded H2 file under {@code kafo.data.dir} by
 * default, PostgreSQL by configuration. Never Payara's {@code jdbc/__default}.
 */
@DataSourceDefinition(
        name = KafoPersistence.CONTAINER_DATA_SOURCE,
        className = "${MPCONFIG=kafo.db.datasource}",
        url = "${MPCONFIG=kafo.db.url}",
        user = "${MPCONFIG=kafo.db.user}",
        password = "${MPCONFIG=kafo.db.password}",
        minPoolSize = 1,
        maxPoolSize = 16)
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = KafoPersistence.CONTAINER_DATA_SOURCE)
    DataSource dataSource;

    /** Brings the schema up to date (versioned migrations, never a drop). */
    public void migrate() {
        KafoPersistence.migrate(dataSource);
        LOG.info("Database schema up to date");
    }
}
