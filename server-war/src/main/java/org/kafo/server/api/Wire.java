package org.kafo.server.api;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Sector;

/** Small conversions shared by the wire records. */
final class Wire {

    private Wire() {
    }

    /** @throws InvariantViolationException ({@code required}) if the value is missing */
    static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvariantViolationException("required", name + " is required");
        }
        return value;
    }

    static <I> I id(UUID value, Function<UUID, I> type) {
        return value == null ? null : type.apply(value);
    }

    static <T, R> List<R> list(Collection<T> values, Function<T, R> each) {
        return values == null ? null : values.stream().map(v -> v == null ? null : each.apply(v)).toList();
    }

    static List<Sector> sectors(Collection<String> codes) {
        return list(codes, Sector::of);
    }

    static Sector sector(String code) {
        return code == null ? null : Sector.of(code);
    }

    static List<String> codes(Collection<Sector> sectors) {
        return sectors.stream().map(Sector::code).toList();
    }

    static UUID uuid(org.kafo.model.common.Identifier id) {
        return id == null ? null : id.value();
    }
}
