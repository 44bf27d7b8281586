package org.kafo.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A set of rules an integrator ships for another programme or country, with their messages.
 * Register it on a {@link org.kafo.rules.RuleBook.Builder} explicitly (the main path), or declare
 * it as a service ({@code provides org.kafo.rules.RulePack with ...} in module-info, or
 * {@code META-INF/services/org.kafo.rules.RulePack} on the class path) so that
 * {@code discoverPacks()} finds it.
 */
public interface RulePack {

    /** A name for logs and error messages, such as {@code pact} or {@code bf-ccco}. */
    String name();

    /** The rules the pack adds; their ids must be new to the book. */
    List<RuleDefinition> rules(RuleProfile profile);

    /** Rules of other packs this pack replaces, under the same ids. */
    default List<RuleDefinition> replacements(RuleProfile profile) {
        return List.of();
    }

    /** Ids of rules of other packs this pack switches off, such as {@code EST-4}. */
    default List<String> disables() {
        return List.of();
    }

    /**
     * The profiles this pack is meant to be read with, each under its {@link RuleProfile#name()}:
     * a book on one of them holds PACT's catalogue and this pack ({@code PactRules.book(name, packs)}
     * builds it, as the server does from its configuration). None by default.
     */
    default List<RuleProfile> profiles() {
        return List.of();
    }

    /**
     * The messages of the pack's rules in a language, from a bundle the pack loads itself (so it
     * works inside its own module). Every message key its verdicts use must be there, in French
     * and in English, with a {@code <id>.description} of each rule it adds or replaces: what the rule
     * checks, in a sentence ({@link RuleBook#description}); and a {@code <id>.remedy}: what to do
     * about its verdicts, the next step of the person who reads them ({@link RuleBook#remedy},
     * {@link RuleBook#remedyProblems()}).
     */
    Optional<ResourceBundle> messages(Locale locale);
}
