package org.kafo.model.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Guard clauses for structural invariants; each failure is an {@link InvariantViolationException}.
 * Public for Kafo's own modules (core-rules' commands, the server), not for embedders: see the
 * module's description.
 */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new InvariantViolationException("required", name + " is required", name);
        }
        return value;
    }

    /**
     * Required text, stripped, of at most {@code maxLength} characters (one of {@link Limits}).
     * The length is checked before anything else looks at the text.
     */
    public static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvariantViolationException("required", name + " is required", name);
        }
        return bounded(value.strip(), name, maxLength);
    }

    /** Null or blank becomes null; other text is stripped and at most {@code maxLength} characters. */
    public static String optionalText(String value, String name, int maxLength) {
        return value == null || value.isBlank() ? null : bounded(value.strip(), name, maxLength);
    }

    private static String bounded(String value, String name, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvariantViolationException("text.too-long",
                    name + " must be at most " + maxLength + " characters, was " + value.length(), name, maxLength,
                    value.length());
        }
        return value;
    }

    /** A required day within {@link Limits#FIRST_DAY}..{@link Limits#LAST_DAY}. */
    public static LocalDate day(LocalDate value, String name) {
        return optionalDay(present(value, name), name);
    }

    /** Null, or a day within {@link Limits#FIRST_DAY}..{@link Limits#LAST_DAY}. */
    public static LocalDate optionalDay(LocalDate value, String name) {
        if (value != null && (value.isBefore(Limits.FIRST_DAY) || value.isAfter(Limits.LAST_DAY))) {
            throw new InvariantViolationException("date.range", name + " must be from " + Limits.FIRST_DAY
                    + " to " + Limits.LAST_DAY + ", was " + value, name, Limits.FIRST_DAY, Limits.LAST_DAY, value);
        }
        return value;
    }

    public static long notNegative(long value, String name) {
        if (value < 0) {
            throw new InvariantViolationException("negative", name + " must not be negative, was " + value,
                    name, value);
        }
        return value;
    }

    public static int positive(int value, String name) {
        if (value < 1) {
            throw new InvariantViolationException("not-positive", name + " must be at least 1, was " + value,
                    name, value);
        }
        return value;
    }

    public static void notBefore(LocalDate later, LocalDate earlier, String laterName, String earlierName) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new InvariantViolationException("dates.order",
                    laterName + " (" + later + ") must not be before " + earlierName + " (" + earlier + ")",
                    laterName, later, earlierName, earlier);
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
                throw new InvariantViolationException("required", name + " must not contain an empty element", name);
            }
        }
        return List.copyOf(values);
    }

    /** Like {@link #list}, but a missing list is an empty one. */
    public static <T> List<T> optionalList(Collection<? extends T> values, String name) {
        return values == null ? List.of() : list(values, name);
    }
}
