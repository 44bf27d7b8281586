package org.kafo.persistence.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.StaleAggregateException;

/**
 * The saves of one unit of work that may not be written yet. A save only stages its aggregate in
 * the persistence context; the provider writes every save at once, in JDBC batches, when the unit of
 * work flushes or commits, and the database's version check ({@code UPDATE ... WHERE version = ?})
 * or primary key refuses a save that someone else overtook. This ledger turns such a refusal into
 * the {@link StaleAggregateException} of the aggregate concerned.
 */
public final class PendingSaves {

    private static final String PROPERTY = PendingSaves.class.getName();

    private record Pending(AggregateEntity entity, String aggregateType, Identifier id, long expectedVersion,
            boolean created) {
    }

    private final List<Pending> saves = new ArrayList<>();

    private PendingSaves() {
    }

    /** The ledger of the entity manager's current unit of work. */
    public static PendingSaves of(EntityManager em) {
        UnitOfWork unitOfWork = em.unwrap(UnitOfWork.class);
        Object ledger = unitOfWork.getProperty(PROPERTY);
        if (ledger instanceof PendingSaves pending) {
            return pending;
        }
        PendingSaves pending = new PendingSaves();
        unitOfWork.setProperty(PROPERTY, pending);
        return pending;
    }

    /** The entity of the unit of work with this key, when it holds one; never reads the database. */
    static <E> E held(EntityManager em, Class<E> entityType, String key) {
        return entityType.cast(em.unwrap(UnitOfWork.class).getIdentityMapAccessor().getFromIdentityMap(key, entityType));
    }

    void add(AggregateEntity entity, String aggregateType, Identifier id, long expectedVersion) {
        entity.unwritten = true;
        saves.add(new Pending(entity, aggregateType, id, expectedVersion, expectedVersion == 0));
    }

    /**
     * Writes the pending saves now, refusing a stale one with {@link StaleAggregateException}; then
     * the entities' versions are the stored ones.
     */
    public void flush(EntityManager em) {
        try {
            em.flush();
        } catch (RuntimeException e) {
            throw refusal(e);
        }
        written();
    }

    /** Writes the pending saves now when there are any. */
    public void flushIfPending(EntityManager em) {
        if (!saves.isEmpty()) {
            flush(em);
        }
    }

    private void written() {
        saves.forEach(p -> p.entity().unwritten = false);
        saves.clear();
    }

    /**
     * What to throw for a failed flush or commit: the {@link StaleAggregateException} of the save
     * the database refused when it is one of ours (a version overtaken, or a new aggregate whose id
     * someone else took), the failure itself otherwise.
     */
    public RuntimeException refusal(RuntimeException failure) {
        if (saves.isEmpty()) {
            return failure;
        }
        if (isOptimisticLockFailure(failure)) {
            Pending pending = concerned(failure, false);
            if (pending != null) {
                // Saved by someone else since we read it: it is at least one version further.
                return stale(pending, pending.expectedVersion() + 1, failure);
            }
        } else if (isIntegrityViolation(failure)) {
            Pending pending = concerned(failure, true);
            if (pending != null) {
                // Created by someone else at the same time.
                return stale(pending, 1, failure);
            }
        }
        return failure;
    }

    /** The save the failure names, else the first of the kind. */
    private Pending concerned(Throwable failure, boolean created) {
        Object object = failedObject(failure);
        Pending first = null;
        for (Pending pending : saves) {
            if (pending.created() != created) {
                continue;
            }
            if (pending.entity() == object) {
                return pending;
            }
            if (first == null) {
                first = pending;
            }
        }
        return first;
    }

    private static Object failedObject(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException lock && lock.getEntity() != null) {
                return lock.getEntity();
            }
            if (t instanceof org.eclipse.persistence.exceptions.OptimisticLockException lock && lock.getQuery() != null
                    && lock.getObject() != null) {
                return lock.getObject();
            }
            if (t instanceof DatabaseException database && database.getQuery() instanceof ObjectLevelModifyQuery query) {
                return query.getObject();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static StaleAggregateException stale(Pending pending, long current, Exception cause) {
        StaleAggregateException stale = new StaleAggregateException(pending.aggregateType(), pending.id(),
                pending.expectedVersion(), current);
        stale.initCause(cause);
        return stale;
    }

    private static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static boolean isIntegrityViolation(Throwable e) {
        if (!(e instanceof PersistenceException) && !(e instanceof DatabaseException)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
