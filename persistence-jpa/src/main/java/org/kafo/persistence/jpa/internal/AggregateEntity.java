package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * The columns every aggregate root table has: the domain's UUID as its key, and the version that
 * optimistic locking checks and increments on every save (when the save is written).
 */
@MappedSuperclass
public abstract class AggregateEntity {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    String id;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /**
     * A save of this unit of work staged the entity and may not be written yet: until it is, the
     * version above is the one read, not the one the save gave the aggregate.
     */
    @Transient
    boolean unwritten;

    String id() {
        return id;
    }

    long version() {
        return version;
    }
}
