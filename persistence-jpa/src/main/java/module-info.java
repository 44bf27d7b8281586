/**
 * Kafo's repositories in a relational database (H2, PostgreSQL) through Jakarta Persistence on
 * EclipseLink: entities and mappers stay inside, the domain stays as it is.
 * <p>
 * <b>What embedders use.</b> {@link org.kafo.persistence.jpa.KafoPersistence}, which migrates and
 * opens a database and gives its {@link org.kafo.persistence.jpa.JpaRepositories} and
 * {@link org.kafo.persistence.jpa.JpaTransactions} (the process's unit of work); in a Jakarta EE
 * container, {@code KafoPersistence.migrate} and {@code JpaRepositories.inContainer}.
 * <p>
 * <b>What adapters use.</b> {@link org.kafo.persistence.jpa.spi.EntityManagerSource}: where the
 * repositories get their entity manager, for a unit of work of another kind than these two.
 * <p>
 * <b>Not exported.</b> {@code org.kafo.persistence.jpa.internal}: the entities, mappers and
 * repositories, opened to EclipseLink alone.
 */
module org.kafo.persistence.jpa {
    requires transitive org.kafo.model;
    requires transitive jakarta.persistence;
    requires transitive java.sql;
    requires org.eclipse.persistence.core;
    requires org.eclipse.persistence.jpa;
    requires flyway.core;

    exports org.kafo.persistence.jpa;
    exports org.kafo.persistence.jpa.spi;

    opens org.kafo.persistence.jpa.internal to org.eclipse.persistence.core, org.eclipse.persistence.jpa;
}
