package org.kafo.model.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The root of an aggregate: a typed id, a version for optimistic locking, and the events its
 * commands recorded since it was loaded.
 *
 * @param <I> the identifier type
 */
public abstract class AggregateRoot<I extends Identifier> {

    private final I id;
    private final long version;
    private final List<DomainEvent> recordedEvents = new ArrayList<>();

    protected AggregateRoot(I id, long version) {
        this.id = Require.present(id, "id");
        this.version = Require.notNegative(version, "version");
    }

    public I id() {
        return id;
    }

    /** The version it was loaded at: 0 for an aggregate never saved. */
    public long version() {
        return version;
    }

    /** The events recorded by commands since the aggregate was created or loaded, oldest first. */
    public List<DomainEvent> recordedEvents() {
        return List.copyOf(recordedEvents);
    }

    protected <E extends DomainEvent> E record(E event) {
        recordedEvents.add(event);
        return event;
    }
}
