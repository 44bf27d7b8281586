package org.kafo.model.common;

/**
 * Somebody else saved the aggregate since it was loaded: the change was not saved. Reload, look at
 * the current state and decide again.
 */
public final class StaleAggregateException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String aggregateType;
    private final transient Identifier id;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleAggregateException(String aggregateType, Identifier id, long expectedVersion, long currentVersion) {
        super("aggregate.stale", aggregateType + " " + id + " was changed by someone else: loaded at version "
                + expectedVersion + ", now at version " + currentVersion);
        this.aggregateType = aggregateType;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public Identifier id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
