package org.kafo.bench.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.kafo.rules.Rule;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;

/**
 * The catalogue on Easy Rules 4.1.0, written as its documentation shows: one Easy Rules rule per
 * catalogue rule, built with {@link RuleBuilder} (name, description, priority, condition, action),
 * registered once in {@link Rules} and fired by a {@link DefaultRulesEngine} for each command, with
 * the command, its situation and a list for the verdicts as {@link Facts}. A rule's condition is
 * whether it watches the command; its action calls the catalogue's own check for that command and
 * adds its verdicts to the list. Priorities follow the catalogue order, so verdicts come in the
 * order the rule book gives.
 */
public final class EasyRulesEngine implements Engine {

    private static final String COMMAND = "command";
    private static final String SITUATION = "situation";
    private static final String VERDICTS = "verdicts";

    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();

    public EasyRulesEngine() {
        RuleProfile profile = Catalogue.PROFILE;
        int priority = 0;
        for (RuleDefinition definition : Catalogue.DEFINITIONS) {
            Map<Class<?>, Rule<?>> checks = definition.checks();
            rules.register(new RuleBuilder()
                    .name(definition.id())
                    .description(definition.toString())
                    .priority(priority++)
                    .when(facts -> checks.containsKey(facts.get(COMMAND).getClass()))
                    .then(facts -> {
                        Object command = facts.get(COMMAND);
                        Situation situation = facts.get(SITUATION);
                        List<Verdict> verdicts = facts.get(VERDICTS);
                        verdicts.addAll(check(checks.get(command.getClass()), command, situation, profile));
                    })
                    .build());
        }
    }

    @Override
    public List<Verdict> check(Object command, Situation situation) {
        List<Verdict> verdicts = new ArrayList<>();
        Facts facts = new Facts();
        facts.put(COMMAND, command);
        facts.put(SITUATION, situation);
        facts.put(VERDICTS, verdicts);
        engine.fire(rules, facts);
        return verdicts;
    }

    @SuppressWarnings("unchecked")
    private static List<Verdict> check(Rule<?> rule, Object command, Situation situation, RuleProfile profile) {
        return ((Rule<Object>) rule).check(command, situation, profile);
    }
}
