package org.kafo.rules.process;

import java.util.function.Supplier;

/**
 * Runs one command as one unit of work: all its saves or none. The default runs it as it is, and the
 * in-memory repositories make it all or nothing themselves ({@link org.kafo.model.Repositories#inUnitOfWork});
 * a JPA adapter opens and commits a transaction; in a container the container does.
 */
@FunctionalInterface
public interface Transactions {

    /** Runs the work as it is, with no transaction. */
    Transactions NONE = Supplier::get;

    <T> T inTransaction(Supplier<T> work);
}
