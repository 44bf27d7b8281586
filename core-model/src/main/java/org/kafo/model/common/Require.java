package org.kafo.model.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Guard clauses for structural invariants; each failure is an {@link InvariantViolationException}. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new InvariantViolationException("required", name + " is required");
        }
        return value;
    }

    public static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvariantViolationException("required", name + " is required");
        }
        return value.strip();
    }

    /** Null or blank becomes null; other text is stripped. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static long notNegative(long value, String name) {
        if (value < 0) {
            throw new InvariantViolationException("negative", name + " must not be negative, was " + value);
        }
        return value;
    }

    public static int positive(int value, String name) {
        if (value < 1) {
            throw new InvariantViolationException("not-positive", name + " must be at least 1, was " + value);
        }
        return value;
    }

    public static void notBefore(LocalDate later, LocalDate earlier, String laterName, String earlierName) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new InvariantViolationException("dates.order",
                    laterName + " (" + later + ") must not be before " + earlierName + " (" + earlier + ")");
        }
    }

    public static void state(boolean condition, String code, String message) {
        if (!condition) {
            throw new InvariantViolationException(code, message);
        }
    }

    /** An unmodifiable copy with no null element. */
    public static <T> List<T> list(Collection<? extends T> values, String name) {
        present(values, name);
        for (T value : values) {
            if (value == null) {
                throw new InvariantViolationException("required", name + " must not contain an empty element");
            }
        }
        return List.copyOf(values);
    }
}
