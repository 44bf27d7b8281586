package org.kafo.rules.pact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.spi.RulePack;

/** The catalogue of the PACT approach (GIZ, Mali): EST-1 ... MEET-1. */
public final class PactRules implements RulePack {

    private static final PactRules PACK = new PactRules();

    private PactRules() {
    }

    public static RulePack pack() {
        return PACK;
    }

    @Override
    public String name() {
        return "pact";
    }

    @Override
    public List<RuleDefinition> rules(RuleProfile profile) {
        return List.of();
    }

    @Override
    public Optional<ResourceBundle> messages(Locale locale) {
        return Optional.of(ResourceBundle.getBundle("org.kafo.rules.pact.messages", locale));
    }
}
