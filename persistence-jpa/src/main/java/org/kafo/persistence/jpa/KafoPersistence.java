package org.kafo.persistence.jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.kafo.persistence.jpa.internal.Mapping;
import org.kafo.persistence.jpa.internal.MigrationScripts;

/**
 * Kafo's database for an embedding application in Java SE: {@link #open(String, String, String)}
 * brings the schema up to date, then hands out the repositories and the units of work. H2 and
 * PostgreSQL are supported; the JDBC driver is the application's dependency.
 *
 * <pre>{@code
 * try (KafoPersistence db = KafoPersistence.open("jdbc:h2:./kafo", "sa", "")) {
 *     db.transactions().inTransaction(() -> db.repositories().regions().save(region));
 * }
 * }</pre>
 *
 * <p>In a Jakarta EE container, call {@link #migrate(DataSource)} at start-up and build
 * {@link JpaRepositories#inContainer} over an entity manager of the {@value #CONTAINER_UNIT} unit.
 */
public final class KafoPersistence implements AutoCloseable {

    /** The JTA persistence unit that {@code META-INF/persistence.xml} declares for containers. */
    public static final String CONTAINER_UNIT = "kafo";

    /** The JTA data source the container unit uses; the application defines it. */
    public static final String CONTAINER_DATA_SOURCE = "java:app/jdbc/kafo";

    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final JpaRepositories repositories;

    private KafoPersistence(EntityManagerFactory factory) {
        this.factory = factory;
        this.transactions = new JpaTransactions(factory);
        this.repositories = new JpaRepositories(transactions);
    }

    /**
     * Migrates the database at {@code jdbcUrl} to the current schema and opens it.
     *
     * @throws org.flywaydb.core.api.FlywayException if the database cannot be reached or migrated
     */
    public static KafoPersistence open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, Map.of());
    }

    /**
     * Migrates and opens the database, with additional Jakarta Persistence or EclipseLink
     * properties (connection pool size, logging level, ...).
     */
    public static KafoPersistence open(String jdbcUrl, String user, String password, Map<String, String> properties) {
        Objects.requireNonNull(jdbcUrl, "JDBC URL is required");
        Objects.requireNonNull(properties, "properties are required");
        migrations().dataSource(jdbcUrl, user, password).load().migrate();
        PersistenceConfiguration unit = new PersistenceConfiguration("kafo-se")
                .provider("org.eclipse.persistence.jpa.PersistenceProvider")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, jdbcUrl)
                .property(PersistenceConfiguration.JDBC_USER, user == null ? "" : user)
                .property(PersistenceConfiguration.JDBC_PASSWORD, password == null ? "" : password)
                // No agent in Java SE: the entities are used as they are compiled.
                .property("eclipselink.weaving", "false");
        Mapping.MANAGED_CLASSES.forEach(unit::managedClass);
        Mapping.settings().forEach(unit::property);
        properties.forEach(unit::property);
        return new KafoPersistence(unit.createEntityManagerFactory());
    }

    /**
     * Brings the schema of the database up to date: applies the migrations it lacks, in order. It
     * never drops anything. For containers, which then use their own entity manager factory.
     */
    public static void migrate(DataSource dataSource) {
        migrations().dataSource(Objects.requireNonNull(dataSource, "data source is required")).load().migrate();
    }

    private static FluentConfiguration migrations() {
        return Flyway.configure(KafoPersistence.class.getClassLoader())
                .resourceProvider(MigrationScripts.KAFO)
                .cleanDisabled(true);
    }

    /**
     * Brings an application's own tables beside Kafo's up to date (users, an audit trail, ...):
     * its migrations {@code V1__....sql}, ... read from {@code location} among {@code owner}'s
     * resources, applied in order, and tracked in a history table of their own so that they never
     * mix with Kafo's versions. Like {@link #migrate(DataSource)}, it never drops anything.
     *
     * @param historyTable the table that records which of the application's migrations ran
     * @param scripts      the migrations' file names, oldest first
     */
    public static void migrate(DataSource dataSource, String historyTable, Class<?> owner, String location,
            List<String> scripts) {
        Flyway.configure(owner.getClassLoader())
                .resourceProvider(new MigrationScripts(owner, location, scripts))
                .table(Objects.requireNonNull(historyTable, "history table is required"))
                // Kafo's tables are already there: the application's history starts empty beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .dataSource(Objects.requireNonNull(dataSource, "data source is required"))
                .load()
                .migrate();
    }

    /** The repositories; outside {@link JpaTransactions#inTransaction} each call is a transaction. */
    public JpaRepositories repositories() {
        return repositories;
    }

    public JpaTransactions transactions() {
        return transactions;
    }

    /** For queries of the application's own (reports, indicators) on the same database. */
    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    @Override
    public void close() {
        factory.close();
    }
}
