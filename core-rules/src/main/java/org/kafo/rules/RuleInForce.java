package org.kafo.rules;

import java.util.Objects;

/**
 * A rule of a {@link RuleBook} as the book holds it: its id, its severity in that book and the pack it
 * comes from.
 *
 * @param id the rule's stable id, such as {@code PLAN-1}
 * @param severity its severity in the book: the book's override, else its definition's weight
 * @param pack the name of the pack that added it (or replaced it); null for a rule added to the
 *             builder on its own
 */
public record RuleInForce(String id, Severity severity, String pack) {

    public RuleInForce {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(severity, "severity is required");
    }
}
