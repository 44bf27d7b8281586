package org.kafo.model.indicator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import org.kafo.model.organisation.PartyCategory;

/** Counts kept by party category: every category present, the absent ones as zero. */
final class ByCategory {

    private ByCategory() {
    }

    static <V> Map<PartyCategory, V> every(Map<PartyCategory, V> given, V none) {
        Objects.requireNonNull(given, "counts by category are required");
        Map<PartyCategory, V> all = new EnumMap<>(PartyCategory.class);
        for (PartyCategory category : PartyCategory.values()) {
            all.put(category, given.getOrDefault(category, none));
        }
        return Collections.unmodifiableMap(all);
    }

    static <V> Map<PartyCategory, V> plus(Map<PartyCategory, V> one, Map<PartyCategory, V> other, BinaryOperator<V> plus) {
        Map<PartyCategory, V> sum = new EnumMap<>(one);
        other.forEach((category, value) -> sum.merge(category, value, plus));
        return sum;
    }
}
