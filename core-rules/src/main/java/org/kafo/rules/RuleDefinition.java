package org.kafo.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule of the catalogue under its stable id, with what it checks on each kind of command. One
 * id can watch several commands: EST-3 (municipality and every sector represented) is checked
 * when the framework is established and when a member leaves.
 */
public final class RuleDefinition {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    private final String id;
    private final Map<Class<?>, Rule<?>> checks;
    private final Severity severity;

    private RuleDefinition(String id, Map<Class<?>, Rule<?>> checks, Severity severity) {
        this.id = id;
        this.checks = Map.copyOf(checks);
        this.severity = severity;
    }

    /**
     * Starts a definition.
     *
     * @param id upper-case words and digits joined by hyphens, such as {@code PLAN-1} or {@code BF-CCCO-1}
     * @throws IllegalArgumentException if the id is not of that form
     */
    public static Builder of(String id) {
        Objects.requireNonNull(id, "id is required");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a rule id is like PLAN-1 or BF-CCCO-1, was: " + id);
        }
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    /**
     * The weight of the rule as the catalogue lists it: that of its main verdicts, blocking unless the
     * definition says otherwise. A rule may give lighter verdicts too (EST-2 warns about a proposal and
     * blocks an establishment: it is blocking); a book's severity override replaces them all.
     */
    public Severity severity() {
        return severity;
    }

    /** The command types it watches, with its check for each. */
    public Map<Class<?>, Rule<?>> checks() {
        return checks;
    }

    @Override
    public String toString() {
        return id + " on " + checks.keySet().stream().map(Class::getSimpleName).toList();
    }

    /** Collects the checks of one rule id. */
    public static final class Builder {

        private final String id;
        private final Map<Class<?>, Rule<?>> checks = new LinkedHashMap<>();
        private Severity severity = Severity.BLOCKING;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * What the rule checks when a command of {@code type} (or a subtype) is intended.
         *
         * @throws IllegalArgumentException if the type already has a check in this definition
         */
        public <C> Builder on(Class<C> type, Rule<? super C> check) {
            Objects.requireNonNull(type, "type is required");
            Objects.requireNonNull(check, "check is required");
            if (checks.putIfAbsent(type, check) != null) {
                throw new IllegalArgumentException(id + " already checks " + type.getSimpleName());
            }
            return this;
        }

        /** The rule's weight in the catalogue ({@link RuleDefinition#severity()}); blocking if not said. */
        public Builder severity(Severity weight) {
            this.severity = Objects.requireNonNull(weight, "severity is required");
            return this;
        }

        /** @throws IllegalStateException if no check was given */
        public RuleDefinition build() {
            if (checks.isEmpty()) {
                throw new IllegalStateException(id + " checks no command");
            }
            return new RuleDefinition(id, checks, severity);
        }
    }
}
