package org.kafo.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Repository;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/**
 * The mechanics every repository shares: load by id, save with the version check, and finders that
 * return aggregates in the order the in-memory repositories give.
 *
 * <p>A save checks the aggregate's version against the one its unit of work knows, copies its state
 * into the entity and stages it. The version known is that of the entity the unit of work already
 * holds, read from the database only when it holds none and the aggregate is not new.
 *
 * <p>A change of an existing aggregate has its version forced up and is not written then: the unit of
 * work writes the changes together, in JDBC batches, when it commits (or before a query that could see
 * them). A concurrent save that slipped in since is caught by the database's
 * {@code UPDATE ... WHERE version = ?} and refused as {@link StaleAggregateException}
 * ({@link PendingSaves}): the transaction commits nothing.
 *
 * <p>A new aggregate (version 0) is persisted and written at once, with whatever else the unit of work
 * has pending, each table's rows in one batch: the first transaction to save it holds its id, and the
 * primary key refuses another creating it, as stale.
 *
 * @param <A> the aggregate root
 * @param <I> its identifier
 * @param <S> its state record
 * @param <E> its entity
 */
public abstract class JpaRepository<A extends AggregateRoot<I>, I extends Identifier, S, E extends AggregateEntity>
        implements Repository<A, I> {

    /** How an aggregate is rebuilt from its state at a version: its own {@code restore}. */
    @FunctionalInterface
    interface Restore<S, A> {
        A restore(S state, long version);
    }

    private final EntityManagerSource entityManagers;
    private final String aggregateType;
    private final Class<E> entityType;
    private final Supplier<E> newEntity;
    private final EntityMapper<S, E> mapper;
    private final Function<A, S> snapshot;
    private final Restore<S, A> restore;
    private final Comparator<? super A> order;

    JpaRepository(EntityManagerSource entityManagers, String aggregateType, Class<E> entityType,
            Supplier<E> newEntity, EntityMapper<S, E> mapper, Function<A, S> snapshot, Restore<S, A> restore,
            Comparator<? super A> order) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "entity managers are required");
        this.aggregateType = aggregateType;
        this.entityType = entityType;
        this.newEntity = newEntity;
        this.mapper = mapper;
        this.snapshot = snapshot;
        this.restore = restore;
        this.order = order;
    }

    @Override
    public Optional<A> find(I id) {
        Objects.requireNonNull(id, "id is required");
        return entityManagers.withEntityManager(em -> Optional.ofNullable(em.find(entityType, Keys.key(id)))
                .map(entity -> toAggregate(em, entity)));
    }

    @Override
    public A get(I id) {
        return find(id).orElseThrow(() -> new AggregateNotFoundException(aggregateType, id));
    }

    @Override
    public A save(A aggregate) {
        Objects.requireNonNull(aggregate, "aggregate is required");
        S state = snapshot.apply(aggregate);
        long version = entityManagers.withEntityManager(em -> store(em, aggregate, state));
        return restore.restore(state, version);
    }

    private long store(EntityManager em, A aggregate, S state) {
        String key = Keys.key(aggregate.id());
        PendingSaves pending = PendingSaves.of(em);
        E entity = PendingSaves.held(em, entityType, key);
        if (entity != null && entity.unwritten) {
            // Saved before in this unit of work: write that save first, so that the version is the stored one.
            pending.flush(em);
        }
        if (entity == null && aggregate.version() != 0) {
            entity = em.find(entityType, key);
        }
        long current = entity == null ? 0 : entity.version();
        if (aggregate.version() != current) {
            throw new StaleAggregateException(aggregateType, aggregate.id(), aggregate.version(), current);
        }
        boolean created = entity == null;
        if (created) {
            // New to this unit of work: if someone else stored it meanwhile, its primary key refuses the insert.
            entity = newEntity.get();
            entity.id = key;
        }
        mapper.write(state, entity);
        if (created) {
            em.persist(entity);
        } else {
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        pending.add(entity, aggregateType, aggregate.id(), current);
        if (created) {
            // The first transaction to save a new aggregate wins: its row is written now, and holds the id
            // against another creating it, which the primary key refuses (at once, or when the first commits).
            pending.flush(em);
        }
        return current + 1;
    }

    /** Every aggregate of this repository, in its order. */
    List<A> listAll() {
        return list(em -> where(em, null));
    }

    /** The aggregates whose entity's {@code field} equals {@code value}, in this repository's order. */
    List<A> listWhere(String field, Object value) {
        return list(em -> where(em, "e." + field + " = :" + field).setParameter(field, value));
    }

    /** The first of {@link #listWhere}, if any. */
    Optional<A> firstWhere(String field, Object value) {
        return listWhere(field, value).stream().findFirst();
    }

    /**
     * The aggregates a query finds, in this repository's order (ties in the order the query gives).
     * Sorting here rather than in SQL keeps the in-memory repositories' order whatever the collation.
     */
    List<A> list(Function<EntityManager, TypedQuery<E>> query) {
        return entityManagers.withEntityManager(em -> {
            List<E> found;
            try {
                found = query.apply(em).getResultList();
            } catch (RuntimeException e) {
                // The query made the unit of work write its pending saves first, and the database refused one.
                throw PendingSaves.of(em).refusal(e);
            }
            return found.stream().map(entity -> toAggregate(em, entity)).sorted(order).toList();
        });
    }

    /** A query on this repository's entity, which JPQL names {@code e}; null for no condition. */
    TypedQuery<E> where(EntityManager em, String condition) {
        String name = em.getMetamodel().entity(entityType).getName();
        return em.createQuery("select e from " + name + " e" + (condition == null ? "" : " where " + condition)
                + " order by e.id", entityType);
    }

    private A toAggregate(EntityManager em, E entity) {
        if (entity.unwritten) {
            // Saved in this unit of work: its version is the stored one once the save is written.
            PendingSaves.of(em).flush(em);
        }
        return restore.restore(mapper.read(entity), entity.version());
    }
}
