package org.kafo.server.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as it was typed, to show again with its messages when it cannot be taken: each field's
 * first value, and what {@link FormInput} could not read.
 */
public record Typed(Map<String, String> values, FormInput input) {

    /** A form nobody filled in yet, with the values it starts with. */
    public static Typed blank(Map<String, String> defaults) {
        return new Typed(Map.copyOf(defaults), new FormInput());
    }

    public static Typed of(MultivaluedMap<String, String> form, FormInput input) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, all) -> {
            if (!all.isEmpty() && all.get(0) != null) {
                values.put(name, all.get(0));
            }
        });
        return new Typed(values, input);
    }

    /** What was typed in a field, or an empty text. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether a box was ticked. */
    public boolean ticked(String field) {
        return !value(field).isEmpty();
    }

    /** The message key of a field that could not be read, or null. */
    public String error(String field) {
        return input.error(field);
    }

    /** The key of a field's label: {@code field.name} for {@code name-<party>} as for {@code name}. */
    public static String labelKey(String field) {
        return "field." + field.replaceFirst("-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "");
    }

    /** The message keys of the fields that could not be read. */
    public List<String> errors() {
        return List.copyOf(input.errors().values());
    }
}
