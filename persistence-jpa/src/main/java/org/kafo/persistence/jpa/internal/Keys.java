package org.kafo.persistence.jpa.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.kafo.model.common.Identifier;

/** Conversions between the domain's typed ids and the CHAR(36) columns, and grouping of child rows. */
final class Keys {

    private Keys() {
    }

    /** The column value of an id; null for none. */
    static String key(Identifier id) {
        return id == null ? null : id.value().toString();
    }

    /** The typed id of a column value; null for none. */
    static <I> I id(String key, Function<UUID, I> type) {
        return key == null ? null : type.apply(UUID.fromString(key));
    }

    /** The rows of a child table grouped by their parent's key, each group in row order. */
    static <K, R> Map<K, List<R>> groupBy(List<R> rows, Function<R, K> parent) {
        Map<K, List<R>> groups = new LinkedHashMap<>();
        for (R row : rows) {
            groups.computeIfAbsent(parent.apply(row), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
