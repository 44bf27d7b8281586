package org.kafo.model.common;

import java.util.Optional;

/**
 * Loads and saves one kind of aggregate. Saving checks the version the aggregate was loaded at:
 * a stale save is refused with a {@link StaleAggregateException} and stores nothing.
 *
 * @param <A> the aggregate root
 * @param <I> its identifier
 */
public interface Repository<A extends AggregateRoot<I>, I extends Identifier> {

    Optional<A> find(I id);

    /** @throws AggregateNotFoundException if there is none with that id */
    A get(I id);

    /**
     * Stores the aggregate and returns it as saved, at its next version; keep using the returned
     * instance, the argument is left at its old version.
     *
     * @throws StaleAggregateException if it was saved by someone else since it was loaded
     */
    A save(A aggregate);
}
