package org.kafo.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kafo.persistence.jpa.internal.PendingSaves;
import org.kafo.persistence.jpa.spi.EntityManagerSource;

/**
 * Units of work in Java SE (RESOURCE_LOCAL): {@link #inTransaction(Supplier)} runs its work with one
 * entity manager in one transaction, committed when the work returns and rolled back when it throws.
 * The saves are written at commit, in JDBC batches; a save the database refuses then, because
 * someone else saved or created the aggregate meanwhile, rolls the transaction back and surfaces as
 * {@link org.kafo.model.common.StaleAggregateException}.
 * A repository call made outside any unit of work runs in a transaction of its own.
 *
 * <p>The shape of {@code inTransaction} is that of the process's {@code Transactions}, so a one-line
 * adapter makes the process run each command in one transaction. Thread-safe: each thread has its
 * own unit of work.
 */
public final class JpaTransactions implements EntityManagerSource {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "entity manager factory is required");
    }

    /**
     * Runs the work in one transaction: all its saves are committed together, or none. Inside a unit
     * of work already running on this thread, the work joins it.
     */
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work is required");
        if (current.get() != null) {
            return work.get();
        }
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        current.set(entityManager);
        try {
            transaction.begin();
            T result = work.get();
            PendingSaves pending = PendingSaves.of(entityManager);
            try {
                transaction.commit();
            } catch (RuntimeException e) {
                // The saves are written at commit: one the database refused is stale.
                throw pending.refusal(e);
            }
            return result;
        } finally {
            try {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            } finally {
                current.remove();
                entityManager.close();
            }
        }
    }

    /** Runs the work in one transaction. */
    public void inTransaction(Runnable work) {
        Objects.requireNonNull(work, "work is required");
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public <T> T withEntityManager(Function<EntityManager, T> work) {
        EntityManager entityManager = current.get();
        if (entityManager != null) {
            return work.apply(entityManager);
        }
        return inTransaction(() -> work.apply(current.get()));
    }
}
