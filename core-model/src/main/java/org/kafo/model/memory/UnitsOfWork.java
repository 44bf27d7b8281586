package org.kafo.model.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The units of work of one set of in-memory repositories, and the lock they share. Inside a unit of
 * work a save checks the version and stages the aggregate instead of storing it; when the work
 * returns, every staged save is checked again against what is stored and then stored, all under the
 * lock, or none is when one of them was overtaken meanwhile (as a database transaction refuses to
 * commit). A unit of work that throws stores nothing.
 */
final class UnitsOfWork {

    /** Guards the stored aggregates of every repository sharing these units of work. */
    final Object lock = new Object();

    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    /** Runs the work as one unit of work; inside one already running on this thread, the work joins it. */
    <T> T run(Supplier<T> work) {
        Objects.requireNonNull(work, "work is required");
        if (current.get() != null) {
            return work.get();
        }
        Unit unit = new Unit();
        current.set(unit);
        try {
            T result = work.get();
            synchronized (lock) {
                unit.commit();
            }
            return result;
        } finally {
            current.remove();
        }
    }

    /** The unit of work running on this thread, or null. */
    Unit current() {
        return current.get();
    }

    /** A save staged by a repository: checked and stored at commit. */
    interface Staged {

        /** @throws org.kafo.model.common.StaleAggregateException if someone stored the aggregate meanwhile */
        void check();

        void store();
    }

    /** The saves staged on one thread, by repository and id, in the order they were first staged. */
    static final class Unit {

        private record Key(Object repository, Object id) {
        }

        private final Map<Key, Staged> staged = new LinkedHashMap<>();

        Staged staged(Object repository, Object id) {
            return staged.get(new Key(repository, id));
        }

        void stage(Object repository, Object id, Staged save) {
            staged.put(new Key(repository, id), save);
        }

        /** The ids staged by one repository, in the order they were first staged. */
        List<Object> ids(Object repository) {
            List<Object> ids = new ArrayList<>();
            staged.keySet().stream().filter(k -> k.repository() == repository).forEach(k -> ids.add(k.id()));
            return ids;
        }

        private void commit() {
            staged.values().forEach(Staged::check);
            staged.values().forEach(Staged::store);
        }
    }
}
