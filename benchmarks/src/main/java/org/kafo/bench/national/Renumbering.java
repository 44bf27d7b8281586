package org.kafo.bench.national;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Gives the aggregates' states another set of identifiers: every UUID they hold, in an id or as a
 * reference, becomes one drawn from a seeded sequence ({@link Ids}) in the order it first appears,
 * or the one it is mapped to beforehand. The process draws its identifiers at random; renumbered,
 * the same story has the same identifiers. States are records of records, lists, optionals and
 * plain values; anything else that holds an identifier would be missed, so it is refused.
 */
final class Renumbering {

    private final Random random;
    private final Map<UUID, UUID> ids;

    /** @param fixed identifiers to replace by given ones rather than drawn ones */
    Renumbering(Random random, Map<UUID, UUID> fixed) {
        this.random = random;
        this.ids = new HashMap<>(fixed);
    }

    /** The same value with its identifiers renumbered. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
            return value;
        }
        if (value instanceof UUID id) {
            return (T) ids.computeIfAbsent(id, k -> Ids.uuid(random));
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(this::of).toList();
        }
        if (value instanceof Optional<?> optional) {
            return (T) optional.map(this::of);
        }
        if (value.getClass().isRecord()) {
            return (T) record((Record) value);
        }
        throw new IllegalArgumentException("cannot renumber a " + value.getClass().getName());
    }

    private Record record(Record value) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] renumbered = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                renumbered[i] = of(components[i].getAccessor().invoke(value));
            }
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(renumbered);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
            throw new IllegalStateException("cannot renumber " + value, cause);
        }
    }
}
