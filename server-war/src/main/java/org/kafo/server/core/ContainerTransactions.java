package org.kafo.server.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.kafo.rules.process.Transactions;

/**
 * The process's units of work as JTA transactions run by the container: each command in one
 * transaction, or in the caller's when there is one (a request checking a version first).
 */
@ApplicationScoped
public class ContainerTransactions implements Transactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
