package org.kafo.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.function.Supplier;

/**
 * A row of a list an aggregate holds, keyed by the aggregate (its owner) and the row's position,
 * with the element's value. Lists are written in place: the row at a position is updated when its
 * value changed, rows past the end are added or removed. Duplicates and nulls in values are harmless.
 *
 * <p>Each child table has its subclass, which names the table and the owner's column
 * ({@code @AssociationOverride} of {@code owner}). A value that is a text has its column named by an
 * {@code @AttributeOverride} of {@code value}; a value that is a record is embedded with its own columns.
 *
 * @param <O> the aggregate's entity
 * @param <V> the value of the row
 */
@MappedSuperclass
@IdClass(RowKey.class)
public abstract class Row<O extends AggregateEntity, V> {

    @Id
    @ManyToOne
    O owner;

    @Id
    @Column(name = "position", nullable = false)
    int position;

    V value;

    /** The values of the rows, in position order. */
    static <V> List<V> values(List<? extends Row<?, V>> rows) {
        return rows.stream().map(row -> row.value).toList();
    }

    /** Makes the owner's rows hold the values, creating a row at a new position with {@code newRow}. */
    static <O extends AggregateEntity, V, R extends Row<O, V>> void sync(O owner, List<R> rows, List<V> values,
            Supplier<R> newRow) {
        for (int i = 0; i < values.size(); i++) {
            V value = values.get(i);
            if (i < rows.size()) {
                if (!rows.get(i).value.equals(value)) {
                    rows.get(i).value = value;
                }
            } else {
                R row = newRow.get();
                row.owner = owner;
                row.position = i;
                row.value = value;
                rows.add(row);
            }
        }
        while (rows.size() > values.size()) {
            rows.remove(rows.size() - 1);
        }
    }
}
