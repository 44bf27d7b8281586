package org.kafo.bench.rules;

import java.util.List;
import org.kafo.rules.Rule;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.pact.PactRules;

/**
 * The PACT catalogue as every engine of the benchmark takes it: the 19 rule definitions EST-1 ...
 * MEET-1 of {@link PactRules}, in catalogue order, on PACT's profile.
 */
public final class Catalogue {

    /** The profile every engine checks with. */
    public static final RuleProfile PROFILE = RuleProfile.pact();

    /** EST-1 ... MEET-1, in catalogue order. */
    public static final List<RuleDefinition> DEFINITIONS = List.copyOf(PactRules.pack().rules(PROFILE));

    private Catalogue() {
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
