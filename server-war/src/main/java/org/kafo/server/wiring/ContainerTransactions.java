package org.kafo.server.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.kafo.model.Repositories;
import org.kafo.persistence.jpa.JpaRepositories;
import org.kafo.rules.process.Transactions;

/**
 * The process's units of work as JTA transactions run by the container: each command in one
 * transaction, or in the caller's when there is one (a request checking a version first). The
 * repositories write the work's saves before it returns, inside the transaction: a save someone else
 * overtook is refused there as {@code StaleAggregateException}, not at the container's commit.
 */
@ApplicationScoped
public class ContainerTransactions implements Transactions {

    @Inject
    Repositories repositories;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        T result = work.get();
        if (repositories instanceof JpaRepositories jpa) {
            jpa.flush();
        }
        return result;
    }
}
