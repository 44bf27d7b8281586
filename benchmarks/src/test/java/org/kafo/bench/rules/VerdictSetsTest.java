package org.kafo.bench.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kafo.rules.Verdict;

class VerdictSetsTest {

    private static List<GeneratedFramework> frameworks;

    @BeforeAll
    static void generate() {
        frameworks = Frameworks.generate(Frameworks.SEED, 60);
    }

    @Test
    void the_rule_book_the_hand_written_loop_and_easy_rules_give_the_verdicts_the_process_gave() {
        // given
        Map<String, Engine> engines = new LinkedHashMap<>();
        engines.put("rule book", new RuleBookEngine());
        engines.put("loop", new HandWrittenLoop());
        engines.put("Easy Rules", new EasyRulesEngine());

        // when
        Map<String, Integer> counts = VerdictSets.requireSame(frameworks, engines);

        // then
        int recorded = VerdictSets.recorded(frameworks).stream().mapToInt(List::size).sum();
        assertThat(recorded).isPositive();
        assertThat(counts).containsOnlyKeys("rule book", "loop", "Easy Rules").allSatisfy((engine, count) ->
                assertThat(count).isEqualTo(recorded));
    }

    @Test
    void an_engine_that_loses_one_verdict_is_caught() {
        // given an engine that drops the last verdict of every refused command
        Engine book = new RuleBookEngine();
        Engine lossy = (command, situation) -> {
            List<Verdict> verdicts = new ArrayList<>(book.check(command, situation));
            if (verdicts.stream().anyMatch(Verdict::isBlocking)) {
                verdicts.remove(verdicts.size() - 1);
            }
            return verdicts;
        };

        // then
        assertThatThrownBy(() -> VerdictSets.requireSame(frameworks, Map.of("lossy", lossy)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("lossy differs from the process on command");
    }

    @Test
    void an_engine_that_reorders_verdicts_is_caught() {
        Engine book = new RuleBookEngine();
        Engine reversed = (command, situation) -> {
            List<Verdict> verdicts = new ArrayList<>(book.check(command, situation));
            java.util.Collections.reverse(verdicts);
            return verdicts;
        };

        assertThatThrownBy(() -> VerdictSets.requireSame(frameworks, Map.of("reversed", reversed)))
                .isInstanceOf(IllegalStateException.class);
    }
}
