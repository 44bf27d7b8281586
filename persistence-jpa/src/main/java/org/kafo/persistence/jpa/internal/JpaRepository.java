package org.kafo.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Repository;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.persistence.jpa.EntityManagerSource;

/**
 * The mechanics every repository shares: load by id, save with the version check, and finders that
 * return aggregates in the order the in-memory repositories give.
 *
 * <p>A save reads the stored version, refuses a stale aggregate, copies its state into the entity
 * and forces the version up, then flushes: a concurrent save that slipped in between is caught by
 * the database's {@code UPDATE ... WHERE version = ?} and refused as well.
 *
 * @param <A> the aggregate root
 * @param <I> its identifier
 * @param <S> its state record
 * @param <E> its entity
 */
public abstract class JpaRepository<A extends AggregateRoot<I>, I extends Identifier, S, E extends AggregateEntity>
        implements Repository<A, I> {

    private final EntityManagerSource entityManagers;
    private final String aggregateType;
    private final Class<E> entityType;
    private final EntityMapper<S, E> mapper;

    JpaRepository(EntityManagerSource entityManagers, String aggregateType, Class<E> entityType,
            EntityMapper<S, E> mapper) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "entity managers are required");
        this.aggregateType = aggregateType;
        this.entityType = entityType;
        this.mapper = mapper;
    }

    abstract S snapshot(A aggregate);

    abstract A restore(S state, long version);

    abstract E newEntity(String id);

    @Override
    public Optional<A> find(I id) {
        Objects.requireNonNull(id, "id is required");
        return entityManagers.withEntityManager(em -> Optional.ofNullable(em.find(entityType, Keys.key(id)))
                .map(this::toAggregate));
    }

    @Override
    public A get(I id) {
        return find(id).orElseThrow(() -> new AggregateNotFoundException(aggregateType, id));
    }

    @Override
    public A save(A aggregate) {
        Objects.requireNonNull(aggregate, "aggregate is required");
        S state = snapshot(aggregate);
        long version = entityManagers.withEntityManager(em -> store(em, aggregate, state));
        return restore(state, version);
    }

    private long store(EntityManager em, A aggregate, S state) {
        E stored = em.find(entityType, Keys.key(aggregate.id()));
        long current = stored == null ? 0 : stored.version();
        if (aggregate.version() != current) {
            throw new StaleAggregateException(aggregateType, aggregate.id(), aggregate.version(), current);
        }
        E entity = stored == null ? newEntity(Keys.key(aggregate.id())) : stored;
        mapper.write(state, entity);
        try {
            if (stored == null) {
                em.persist(entity);
            } else {
                em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            // Saved by someone else between our read and our write: it is at least one version further.
            throw stale(aggregate, current + 1, e);
        } catch (PersistenceException e) {
            if (stored == null && isIntegrityViolation(e)) {
                // Created by someone else at the same time.
                throw stale(aggregate, 1, e);
            }
            throw e;
        }
        return entity.version();
    }

    private StaleAggregateException stale(A aggregate, long current, Exception cause) {
        StaleAggregateException stale = new StaleAggregateException(aggregateType, aggregate.id(), aggregate.version(),
                current);
        stale.initCause(cause);
        return stale;
    }

    private static boolean isIntegrityViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The aggregates a query finds, in the given order (ties in the order the query gives). Sorting
     * here rather than in SQL keeps the in-memory repositories' order whatever the collation.
     */
    List<A> list(Function<EntityManager, TypedQuery<E>> query, Comparator<? super A> order) {
        return entityManagers.withEntityManager(em -> query.apply(em).getResultList().stream()
                .map(this::toAggregate).sorted(order).toList());
    }

    /** A query on this repository's entity, which JPQL names {@code e}; null for no condition. */
    TypedQuery<E> where(EntityManager em, String condition) {
        String name = em.getMetamodel().entity(entityType).getName();
        return em.createQuery("select e from " + name + " e" + (condition == null ? "" : " where " + condition)
                + " order by e.id", entityType);
    }

    private A toAggregate(E entity) {
        return restore(mapper.read(entity), entity.version());
    }
}
