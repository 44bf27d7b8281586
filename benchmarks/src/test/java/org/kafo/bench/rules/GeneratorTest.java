package org.kafo.bench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratorTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static List<GeneratedFramework> first;

    @BeforeAll
    static void generate() {
        first = Frameworks.generate(Frameworks.SEED, 40);
    }

    @Test
    void the_same_seed_plays_the_same_stories_up_to_the_identifiers_the_model_draws() {
        // when the same frameworks are generated again
        List<GeneratedFramework> again = Frameworks.generate(Frameworks.SEED, 40);

        // then every command and every verdict is the same, identifiers aside
        assertThat(again).hasSize(40);
        for (int i = 0; i < first.size(); i++) {
            assertThat(story(again.get(i))).as("framework %d", i).isEqualTo(story(first.get(i)));
        }
    }

    @Test
    void another_seed_plays_other_stories() {
        List<GeneratedFramework> other = Frameworks.generate(Frameworks.SEED + 1, 40);

        assertThat(other.stream().map(GeneratorTest::story).toList())
                .isNotEqualTo(first.stream().map(GeneratorTest::story).toList());
    }

    @Test
    void the_stories_mix_accepted_commands_warnings_and_refusals_of_many_rules() {
        List<CheckedCommand> commands = first.stream().flatMap(f -> f.checks().stream()).toList();

        assertThat(commands).hasSizeGreaterThan(40 * 20);
        assertThat(commands).allSatisfy(c -> assertThat(Catalogue.watches(c.command().getClass())).isTrue());
        assertThat(commands.stream().flatMap(c -> c.verdicts().stream()).map(v -> v.ruleId()).distinct())
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(commands.stream().filter(c -> c.verdicts().stream().anyMatch(v -> v.isBlocking()))).isNotEmpty();
        assertThat(first).allSatisfy(f -> {
            assertThat(f.plans()).isNotEmpty();
            assertThat(f.meetings()).hasSizeGreaterThan(f.plans().size());
            assertThat(f.committee()).isNotNull();
        });
    }

    /** The framework's commands and verdicts as text, each identifier replaced by its rank of first appearance. */
    private static String story(GeneratedFramework framework) {
        StringBuilder text = new StringBuilder();
        framework.checks().forEach(c -> text.append(c.command()).append(" -> ").append(c.verdicts()).append('\n'));
        Map<String, Integer> ranks = new HashMap<>();
        Matcher ids = UUID.matcher(text);
        StringBuilder canonical = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(canonical, "#" + ranks.computeIfAbsent(ids.group(), k -> ranks.size()));
        }
        ids.appendTail(canonical);
        return canonical.toString();
    }
}
