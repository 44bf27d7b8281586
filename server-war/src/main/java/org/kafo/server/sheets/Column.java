package org.kafo.server.sheets;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a {@link Table}: its header's key ({@code sheet.col.<key>} in the pages' messages),
 * the kind of its cells, its width in characters, and the value of a row's cell (a {@code String},
 * a {@code Number}, a {@code LocalDate}, or null for an empty cell).
 */
public record Column<R>(String key, Kind kind, int width, Function<R, Object> value) {

    /** What a cell holds, which decides how each format writes it. */
    public enum Kind {
        /** Words: written as text, never as a formula. */
        TEXT,
        /** A whole number (a cycle, a meeting's number, a count). */
        COUNT,
        /** Whole francs. */
        AMOUNT,
        /** A day. */
        DAY,
        /** A percentage, from 0 to 100, one decimal. */
        PERCENT
    }

    public Column {
        Objects.requireNonNull(key, "key is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(value, "value is required");
    }

    static <R> Column<R> text(String key, int width, Function<R, Object> value) {
        return new Column<>(key, Kind.TEXT, width, value);
    }

    static <R> Column<R> count(String key, Function<R, Object> value) {
        return new Column<>(key, Kind.COUNT, 10, value);
    }

    static <R> Column<R> amount(String key, Function<R, Object> value) {
        return new Column<>(key, Kind.AMOUNT, 16, value);
    }

    static <R> Column<R> day(String key, Function<R, Object> value) {
        return new Column<>(key, Kind.DAY, 12, value);
    }
}
