package org.kafo.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>Facts name things for people and keep ids for machines: {@code framework} is the framework's
 * name and {@code frameworkId} its id, and likewise {@code organisation}, {@code meeting} (its
 * sequence number), {@code plan} (its cycle number) and {@code action} (its title), each with its
 * {@code <x>Id}. Amounts are given as {@code Money}, days as {@code LocalDate}, sectors as
 * {@code Sector} (or a list of them), enum values as the constant itself and counts as numbers:
 * the rule book renders each in the reader's language (see {@link RuleBook#message}).
 *
 * @param ruleId     the catalogue id, such as {@code PLAN-1}
 * @param severity   blocking, warning or info
 * @param messageKey the key of the message in the rule book's bundles, such as {@code PLAN-1.too-long}
 * @param facts      the values that triggered the verdict as text (what the API shows), in a stable order
 * @param values     the same facts as the rule gave them (amounts, days, sectors, enum constants,
 *                   numbers, lists, text), under the same names, for the messages to render per language
 */
public record Verdict(String ruleId, Severity severity, String messageKey, Map<String, String> facts,
        Map<String, Object> values) {

    public Verdict {
        Objects.requireNonNull(ruleId, "ruleId is required");
        Objects.requireNonNull(severity, "severity is required");
        Objects.requireNonNull(messageKey, "messageKey is required");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(facts, "facts is required")));
        values = values == null ? Collections.unmodifiableMap(new LinkedHashMap<String, Object>(facts))
                : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (!values.keySet().equals(facts.keySet())) {
            throw new IllegalArgumentException("values name " + values.keySet() + ", facts " + facts.keySet());
        }
    }

    /** A verdict whose facts are text only: each value is its text. */
    public Verdict(String ruleId, Severity severity, String messageKey, Map<String, String> facts) {
        this(ruleId, severity, messageKey, facts, null);
    }

    public static Verdict blocking(String ruleId, String messageKey, Object... namesAndValues) {
        return of(ruleId, Severity.BLOCKING, messageKey, namesAndValues);
    }

    public static Verdict warning(String ruleId, String messageKey, Object... namesAndValues) {
        return of(ruleId, Severity.WARNING, messageKey, namesAndValues);
    }

    public static Verdict info(String ruleId, String messageKey, Object... namesAndValues) {
        return of(ruleId, Severity.INFO, messageKey, namesAndValues);
    }

    private static Verdict of(String ruleId, Severity severity, String messageKey, Object... namesAndValues) {
        return new Verdict(ruleId, severity, messageKey, facts(namesAndValues), values(namesAndValues));
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }

    /** The same verdict at another severity (a profile or book may re-weigh a rule). */
    public Verdict withSeverity(Severity other) {
        return other == severity ? this : new Verdict(ruleId, other, messageKey, facts, values);
    }

    /**
     * Facts as alternating names and values: {@code "count", 4, "max", 3}. Values are kept as
     * text ({@code String.valueOf}, a list's elements joined by commas); a null value is kept as an
     * empty string.
     *
     * @throws IllegalArgumentException if a name is missing, not text, or repeated
     */
    public static Map<String, String> facts(Object... namesAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        values(namesAndValues).forEach((name, value) -> facts.put(name, text(value)));
        return facts;
    }

    /** A value as text; a list as its elements joined by commas. */
    private static String text(Object value) {
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** The facts as given, a null value kept as an empty string; checked as {@link #facts(Object...)}. */
    private static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come as name, value pairs");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("a fact's name is text, was " + namesAndValues[i]);
            }
            Object value = namesAndValues[i + 1];
            Object kept = value == null ? "" : value instanceof Collection<?> list ? List.copyOf(list) : value;
            if (facts.put(name, kept) != null) {
                throw new IllegalArgumentException("fact " + name + " is given twice");
            }
        }
        return facts;
    }
}
