package org.kafo.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule says about an intended change: which rule, how much it weighs, the message to show
 * and the facts that triggered it. The facts are named; messages refer to them by name, such as
 * {@code {count}}, in every language.
 *
 * @param ruleId     the catalogue id, such as {@code PLAN-1}
 * @param severity   blocking, warning or info
 * @param messageKey the key of the message in the rule book's bundles, such as {@code PLAN-1.too-long}
 * @param facts      the values that triggered the verdict (ids, counts, dates), in a stable order
 */
public record Verdict(String ruleId, Severity severity, String messageKey, Map<String, String> facts) {

    public Verdict {
        Objects.requireNonNull(ruleId, "ruleId is required");
        Objects.requireNonNull(severity, "severity is required");
        Objects.requireNonNull(messageKey, "messageKey is required");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(facts, "facts is required")));
    }

    public static Verdict blocking(String ruleId, String messageKey, Object... namesAndValues) {
        return new Verdict(ruleId, Severity.BLOCKING, messageKey, facts(namesAndValues));
    }

    public static Verdict warning(String ruleId, String messageKey, Object... namesAndValues) {
        return new Verdict(ruleId, Severity.WARNING, messageKey, facts(namesAndValues));
    }

    public static Verdict info(String ruleId, String messageKey, Object... namesAndValues) {
        return new Verdict(ruleId, Severity.INFO, messageKey, facts(namesAndValues));
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }

    /** The same verdict at another severity (a profile or book may re-weigh a rule). */
    public Verdict withSeverity(Severity other) {
        return other == severity ? this : new Verdict(ruleId, other, messageKey, facts);
    }

    /**
     * Facts as alternating names and values: {@code "count", 4, "max", 3}. Values are kept as
     * text ({@code String.valueOf}); a null value is kept as an empty string.
     *
     * @throws IllegalArgumentException if a name is missing, not text, or repeated
     */
    public static Map<String, String> facts(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come as name, value pairs");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("a fact's name is text, was " + namesAndValues[i]);
            }
            Object value = namesAndValues[i + 1];
            if (facts.put(name, value == null ? "" : String.valueOf(value)) != null) {
                throw new IllegalArgumentException("fact " + name + " is given twice");
            }
        }
        return facts;
    }
}
