package org.kafo.bench.rules;

import java.util.List;
import org.kafo.rules.Rule;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.pact.PactRules;

/**
 * The PACT catalogue as every engine of the benchmark takes it: every rule definition of
 * {@link PactRules} (EST-1 ... GOV-2, 25 of them), in catalogue order, on PACT's profile.
 */
public final class Catalogue {

    /** The profile every engine checks with. */
    public static final RuleProfile PROFILE = RuleProfile.pact();

    /** EST-1 ... GOV-2, in catalogue order. */
    public static final List<RuleDefinition> DEFINITIONS = List.copyOf(PactRules.pack().rules(PROFILE));

    private Catalogue() {
    }

    /** How many checks the catalogue has: a rule that watches several command types counts once per type. */
    public static int checkCount() {
        return DEFINITIONS.stream().mapToInt(d -> d.checks().size()).sum();
    }

    /** What the report calls the catalogue: its number of rules and their first and last ids. */
    public static String rules() {
        return DEFINITIONS.size() + " rules of the PACT catalogue (" + DEFINITIONS.get(0).id() + " ... "
                + DEFINITIONS.get(DEFINITIONS.size() - 1).id() + ")";
    }

    /** Whether some rule of the catalogue checks commands of this type. */
    public static boolean watches(Class<?> commandType) {
        return DEFINITIONS.stream().anyMatch(d -> d.checks().keySet().stream()
                .anyMatch(watched -> watched.isAssignableFrom(commandType)));
    }

    /** The definition with this id. */
    public static RuleDefinition definition(String id) {
        return DEFINITIONS.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in the catalogue"));
    }

    /**
     * What rule {@code id} checks on commands of {@code type}: the catalogue's own function, to be
     * called directly.
     *
     * @throws IllegalArgumentException if the rule does not watch that type
     */
    @SuppressWarnings("unchecked")
    public static <C> Rule<C> check(String id, Class<C> type) {
        Rule<?> rule = definition(id).checks().get(type);
        if (rule == null) {
            throw new IllegalArgumentException(id + " does not check " + type.getSimpleName());
        }
        return (Rule<C>) rule;
    }
}
