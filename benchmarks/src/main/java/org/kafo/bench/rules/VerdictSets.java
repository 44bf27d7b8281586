package org.kafo.bench.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kafo.rules.Verdict;

/**
 * The verdicts an engine gives on every checked command of a generated set, command by command,
 * and the proof that engines agree before anyone times them.
 */
public final class VerdictSets {

    private VerdictSets() {
    }

    /** The verdicts of {@code engine} on each checked command, in the order of the frameworks and their commands. */
    public static List<List<Verdict>> of(Engine engine, List<GeneratedFramework> frameworks) {
        List<List<Verdict>> all = new ArrayList<>();
        for (GeneratedFramework framework : frameworks) {
            for (CheckedCommand checked : framework.checks()) {
                all.add(List.copyOf(engine.check(checked.command(), checked.situation())));
            }
        }
        return all;
    }

    /** The verdicts the process gave when it ran the stories. */
    public static List<List<Verdict>> recorded(List<GeneratedFramework> frameworks) {
        List<List<Verdict>> all = new ArrayList<>();
        frameworks.forEach(f -> f.checks().forEach(c -> all.add(c.verdicts())));
        return all;
    }

    /**
     * Checks that every engine gives, on every command, exactly the verdicts the process recorded
     * (same rules, severities, message keys and facts, in the same order).
     *
     * @return how many verdicts each engine gave
     * @throws IllegalStateException naming the first command where an engine differs
     */
    public static Map<String, Integer> requireSame(List<GeneratedFramework> frameworks, Map<String, Engine> engines) {
        List<List<Verdict>> expected = recorded(frameworks);
        List<CheckedCommand> commands = new ArrayList<>();
        frameworks.forEach(f -> commands.addAll(f.checks()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        engines.forEach((name, engine) -> {
            List<List<Verdict>> actual = of(engine, frameworks);
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    throw new IllegalStateException(name + " differs from the process on command " + i + " ("
                            + commands.get(i).command() + "): expected " + expected.get(i) + ", got " + actual.get(i));
                }
            }
            counts.put(name, actual.stream().mapToInt(List::size).sum());
        });
        return counts;
    }
}
