package org.kafo.model.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Repository;
import org.kafo.model.common.StaleAggregateException;

/**
 * Keeps aggregates in memory as their immutable snapshots, with the same optimistic locking as a
 * database: a save from a stale copy is refused and stores nothing. Safe for concurrent use.
 *
 * @param <A> the aggregate root
 * @param <I> its identifier
 * @param <S> its snapshot
 */
abstract class InMemoryRepository<A extends AggregateRoot<I>, I extends Identifier, S> implements Repository<A, I> {

    private record Entry<S>(S state, long version) {
    }

    private final String aggregateType;
    private final Map<I, Entry<S>> entries = new LinkedHashMap<>();

    InMemoryRepository(String aggregateType) {
        this.aggregateType = aggregateType;
    }

    abstract S snapshot(A aggregate);

    abstract A restore(S state, long version);

    @Override
    public synchronized Optional<A> find(I id) {
        Entry<S> entry = entries.get(id);
        return entry == null ? Optional.empty() : Optional.of(restore(entry.state(), entry.version()));
    }

    @Override
    public A get(I id) {
        return find(id).orElseThrow(() -> new AggregateNotFoundException(aggregateType, id));
    }

    @Override
    public synchronized A save(A aggregate) {
        Entry<S> stored = entries.get(aggregate.id());
        long current = stored == null ? 0 : stored.version();
        if (aggregate.version() != current) {
            throw new StaleAggregateException(aggregateType, aggregate.id(), aggregate.version(), current);
        }
        S state = snapshot(aggregate);
        entries.put(aggregate.id(), new Entry<>(state, current + 1));
        return restore(state, current + 1);
    }

    /** The stored aggregates whose snapshot matches, in the given order. */
    synchronized List<A> findWhere(Predicate<S> filter, Comparator<? super A> order) {
        return entries.values().stream().filter(e -> filter.test(e.state()))
                .map(e -> restore(e.state(), e.version())).sorted(order).toList();
    }
}
