/**
 * Kafo's repositories in a relational database (H2, PostgreSQL) through Jakarta Persistence on
 * EclipseLink: entities and mappers stay inside, the domain stays as it is.
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
