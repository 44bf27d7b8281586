package org.kafo.persistence.jpa.internal;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A row of a list an aggregate holds, keyed by the aggregate and the row's position, with the
 * element's value. Lists are written in place: the row at a position is updated when its value
 * changed, rows past the end are added or removed. Duplicates and nulls in values are harmless.
 *
 * @param <V> the value of the row
 */
interface Row<V> {

    V value();

    void value(V value);

    /** The values of the rows, in position order. */
    static <V> List<V> values(List<? extends Row<V>> rows) {
        return rows.stream().map(Row::value).toList();
    }

    /** Makes the rows hold the values, creating a row at a position with {@code newRow}. */
    static <V, R extends Row<V>> void sync(List<R> rows, List<V> values, IntFunction<R> newRow) {
        for (int i = 0; i < values.size(); i++) {
            V value = values.get(i);
            if (i < rows.size()) {
                if (!rows.get(i).value().equals(value)) {
                    rows.get(i).value(value);
                }
            } else {
                R row = newRow.apply(i);
                row.value(value);
                rows.add(row);
            }
        }
        while (rows.size() > values.size()) {
            rows.remove(rows.size() - 1);
        }
    }
}
