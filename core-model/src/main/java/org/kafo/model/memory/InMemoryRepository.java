package org.kafo.model.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 * <p>Inside a unit of work of its {@link InMemoryRepositories} ({@link InMemoryRepositories#inUnitOfWork}),
 * a save is staged: the unit of work sees it, others see it once the whole unit of work is stored.
 *
 * @param <A> the aggregate root
 * @param <I> its identifier
 * @param <S> its snapshot
 */
abstract class InMemoryRepository<A extends AggregateRoot<I>, I extends Identifier, S> implements Repository<A, I> {

    /** How an aggregate is rebuilt from its snapshot at a version: its own {@code restore}. */
    @FunctionalInterface
    interface Restore<S, A> {
        A restore(S state, long version);
    }

    private record Entry<S>(S state, long version) {
    }

    private final String aggregateType;
    private final UnitsOfWork units;
    private final Function<A, S> snapshot;
    private final Restore<S, A> restore;
    private final Comparator<? super A> order;
    private final Map<I, Entry<S>> entries = new LinkedHashMap<>();

    InMemoryRepository(String aggregateType, UnitsOfWork units, Function<A, S> snapshot, Restore<S, A> restore,
            Comparator<? super A> order) {
        this.aggregateType = aggregateType;
        this.units = units;
        this.snapshot = snapshot;
        this.restore = restore;
        this.order = order;
    }

    private A restore(Entry<S> entry) {
        return restore.restore(entry.state(), entry.version());
    }

    @Override
    public Optional<A> find(I id) {
        synchronized (units.lock) {
            Entry<S> entry = visible(id, units.current());
            return entry == null ? Optional.empty() : Optional.of(restore(entry));
        }
    }

    @Override
    public A get(I id) {
        return find(id).orElseThrow(() -> new AggregateNotFoundException(aggregateType, id));
    }

    @Override
    public A save(A aggregate) {
        S state = snapshot.apply(aggregate);
        I id = aggregate.id();
        synchronized (units.lock) {
            UnitsOfWork.Unit unit = units.current();
            Entry<S> seen = visible(id, unit);
            long current = seen == null ? 0 : seen.version();
            if (aggregate.version() != current) {
                throw new StaleAggregateException(aggregateType, id, aggregate.version(), current);
            }
            Entry<S> saved = new Entry<>(state, current + 1);
            if (unit == null) {
                entries.put(id, saved);
            } else {
                Save earlier = (Save) unit.staged(this, id);
                long expected = earlier == null ? current : earlier.expected;
                unit.stage(this, id, new Save(id, expected, saved));
            }
            return restore(saved);
        }
    }

    /** The stored aggregates whose snapshot matches, in this repository's order. */
    List<A> findWhere(Predicate<S> filter) {
        synchronized (units.lock) {
            Map<I, Entry<S>> visible = entries;
            UnitsOfWork.Unit unit = units.current();
            List<Object> staged = unit == null ? List.of() : unit.ids(this);
            if (!staged.isEmpty()) {
                visible = new LinkedHashMap<>(entries);
                for (Object id : staged) {
                    Save save = (Save) unit.staged(this, id);
                    visible.put(save.id, save.entry);
                }
            }
            return visible.values().stream().filter(e -> filter.test(e.state()))
                    .map(this::restore).sorted(order).toList();
        }
    }

    /** The first of {@link #findWhere}, if any. */
    Optional<A> findFirstWhere(Predicate<S> filter) {
        return findWhere(filter).stream().findFirst();
    }

    /** What the unit of work (or, outside one, everybody) sees of an aggregate. */
    private Entry<S> visible(I id, UnitsOfWork.Unit unit) {
        Save save = unit == null ? null : (Save) unit.staged(this, id);
        return save == null ? entries.get(id) : save.entry;
    }

    /** A staged save: stored at commit if the aggregate is still at the version the unit of work first saw. */
    private final class Save implements UnitsOfWork.Staged {

        private final I id;
        private final long expected;
        private final Entry<S> entry;

        Save(I id, long expected, Entry<S> entry) {
            this.id = id;
            this.expected = expected;
            this.entry = entry;
        }

        @Override
        public void check() {
            Entry<S> stored = entries.get(id);
            long current = stored == null ? 0 : stored.version();
            if (current != expected) {
                throw new StaleAggregateException(aggregateType, id, expected, current);
            }
        }

        @Override
        public void store() {
            entries.put(id, entry);
        }
    }
}
