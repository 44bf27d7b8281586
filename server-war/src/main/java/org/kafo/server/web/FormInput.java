package org.kafo.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a person typed in a form, read field by field: each value that cannot be read leaves a
 * message (a key of the pages' bundle) under its field's name, for the form to show again beside
 * the field with what was typed, instead of failing the request. Read every field, then ask
 * {@link #valid()}.
 */
public final class FormInput {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** A text that must be there, trimmed; null (and an error) when blank. */
    public String required(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "form.required");
            return null;
        }
        return value.strip();
    }

    /** A text that may be left out: null when blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A day as a date field sends it ({@code 2026-12-03}); null (and an error if required) otherwise. */
    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "form.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "form.date-invalid");
            return null;
        }
    }

    /**
     * A whole amount of francs as people write it: {@code 1500000}, {@code 1 500 000},
     * {@code 1.500.000} or {@code 1,500,000}; never negative. Null (and an error if required) otherwise.
     */
    public Long amount(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "form.required");
            }
            return null;
        }
        String digits = value.strip().replaceAll("[\\s\\u00a0\\u202f.,']", "");
        if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
            errors.put(field, "form.amount-invalid");
            return null;
        }
        return Long.parseLong(digits);
    }

    /** A whole number from {@code min} up; null (and an error if required) otherwise. */
    public Integer number(String field, String value, int min, boolean required) {
        Long read = amount(field, value, required);
        if (read == null) {
            return null;
        }
        if (read < min || read > Integer.MAX_VALUE) {
            errors.put(field, "form.number-invalid");
            return null;
        }
        return read.intValue();
    }

    /** One of an enum's constants by name, as a select sends it; null (and an error if required) otherwise. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "form.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "form.choice-invalid");
            return null;
        }
    }

    /** An id, as a select or a hidden field sends it; null (and an error if required) otherwise. */
    public UUID id(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "form.required");
            }
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "form.choice-invalid");
            return null;
        }
    }

    /** Adds a message of the form's own (two dates in the wrong order, ...). */
    public void error(String field, String key) {
        errors.putIfAbsent(field, key);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The message key of each field that could not be read, in the order read. */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The message key of a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }
}
