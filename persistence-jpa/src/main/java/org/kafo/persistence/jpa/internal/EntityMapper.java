package org.kafo.persistence.jpa.internal;

/**
 * Copies an aggregate's state record to its entity and back.
 *
 * @param <S> the aggregate's {@code State} record
 * @param <E> its entity
 */
interface EntityMapper<S, E extends AggregateEntity> {

    /** The state the entity holds. */
    S read(E entity);

    /** Makes the entity hold the state; the id and the version are left alone. */
    void write(S state, E entity);
}
