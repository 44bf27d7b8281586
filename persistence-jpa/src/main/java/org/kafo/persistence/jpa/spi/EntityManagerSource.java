package org.kafo.persistence.jpa.spi;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the repositories get their {@link EntityManager}: the transaction's in Java SE
 * ({@link org.kafo.persistence.jpa.JpaTransactions}), the container's in Jakarta EE ({@link #of(EntityManager)}).
 */
public interface EntityManagerSource {

    /** Runs the work with the entity manager of the current unit of work. */
    <T> T withEntityManager(Function<EntityManager, T> work);

    /**
     * A source that always hands out the given entity manager: a container-managed one (injected
     * with {@code @PersistenceContext}), whose transactions the container runs.
     */
    static EntityManagerSource of(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entity manager is required");
        return new EntityManagerSource() {
            @Override
            public <T> T withEntityManager(Function<EntityManager, T> work) {
                return work.apply(entityManager);
            }
        };
    }
}
