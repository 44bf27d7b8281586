package org.kafo.model.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;

/**
 * What every level of the territory (region, cercle, commune) is found by in memory: its code, and
 * all of it.
 *
 * @param <A> the aggregate root
 * @param <I> its identifier
 * @param <S> its snapshot
 */
abstract class InMemoryTerritoryRepository<A extends AggregateRoot<I>, I extends Identifier, S>
        extends InMemoryRepository<A, I, S> {

    private final Function<S, String> code;

    InMemoryTerritoryRepository(String aggregateType, UnitsOfWork units, Function<A, S> snapshot,
            Restore<S, A> restore, Comparator<? super A> order, Function<S, String> code) {
        super(aggregateType, units, snapshot, restore, order);
        this.code = code;
    }

    public Optional<A> findByCode(String code) {
        return findFirstWhere(s -> this.code.apply(s).equals(code));
    }

    public List<A> findAll() {
        return findWhere(s -> true);
    }
}
