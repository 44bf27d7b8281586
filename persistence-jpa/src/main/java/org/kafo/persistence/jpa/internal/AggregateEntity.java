package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The columns every aggregate root table has: the domain's UUID as its key, and the version that
 * optimistic locking checks and increments on every save.
 */
@MappedSuperclass
public abstract class AggregateEntity {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    String id;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected AggregateEntity() {
    }

    AggregateEntity(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    long version() {
        return version;
    }
}
