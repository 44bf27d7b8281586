package org.kafo.bench.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every rule of the catalogue ({@link Catalogue}) over 10,000 generated frameworks, three ways. One operation is one
 * framework: every command of its story that a catalogue rule watches, checked in the situation
 * the process saw. The frameworks are generated once per fork, before any timing, and the three
 * engines must give the very verdicts the process recorded, or the fork fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Frameworks.COUNT)
public class RulesBenchmark {

    private List<GeneratedFramework> frameworks;
    private Engine ruleBook;
    private Engine loop;
    private Engine easyRules;

    @Setup
    public void generate() throws IOException {
        long start = System.nanoTime();
        frameworks = Frameworks.generate(Frameworks.SEED, Frameworks.COUNT);
        double generation = (System.nanoTime() - start) / 1e9;
        ruleBook = new RuleBookEngine();
        loop = new HandWrittenLoop();
        easyRules = new EasyRulesEngine();
        Map<String, Engine> engines = new LinkedHashMap<>();
        engines.put("rule book", ruleBook);
        engines.put("hand-written loop", loop);
        engines.put("Easy Rules", easyRules);
        VerdictSets.requireSame(frameworks, engines);
        String summary = System.getProperty("kafo.bench.dataset");
        if (summary != null) {
            Files.writeString(Path.of(summary), summary(frameworks, generation));
        }
    }

    /** What the generated set holds, for the report. */
    static String summary(List<GeneratedFramework> frameworks, double generationSeconds) {
        Map<String, Integer> commands = new TreeMap<>();
        Map<Severity, Integer> verdicts = new EnumMap<>(Severity.class);
        int refused = 0;
        int checked = 0;
        for (GeneratedFramework framework : frameworks) {
            for (CheckedCommand command : framework.checks()) {
                checked++;
                commands.merge(command.command().getClass().getSimpleName(), 1, Integer::sum);
                command.verdicts().forEach(v -> verdicts.merge(v.severity(), 1, Integer::sum));
                refused += command.verdicts().stream().anyMatch(Verdict::isBlocking) ? 1 : 0;
            }
        }
        Set<String> absent = new TreeSet<>();
        Catalogue.DEFINITIONS.forEach(d -> d.checks().keySet().forEach(type -> absent.add(type.getSimpleName())));
        absent.removeAll(commands.keySet());
        String untimed = absent.isEmpty() ? "" : String.format(Locale.ROOT, " The stories have no command of %d of "
                + "the types the catalogue watches (%s): every engine has their checks, none is timed.",
                absent.size(), String.join(", ", absent));
        return String.format(Locale.ROOT, "The set: %,d frameworks, %,d checked commands (%.1f per framework; %s), "
                + "%,d of them refused; %,d verdicts (%s).%s The three engines gave exactly the verdicts the process "
                + "recorded on every command, checked before timing. Generating the set through the process took "
                + "%.0f s per fork, untimed.", frameworks.size(), checked, (double) checked / frameworks.size(),
                commands.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")),
                refused, verdicts.values().stream().mapToInt(Integer::intValue).sum(),
                verdicts.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                        .collect(Collectors.joining(", ")), untimed, generationSeconds);
    }

    @Benchmark
    public void ruleBook(Blackhole blackhole) {
        checkAll(ruleBook, blackhole);
    }

    @Benchmark
    public void handWrittenLoop(Blackhole blackhole) {
        checkAll(loop, blackhole);
    }

    @Benchmark
    public void easyRules(Blackhole blackhole) {
        checkAll(easyRules, blackhole);
    }

    private void checkAll(Engine engine, Blackhole blackhole) {
        for (GeneratedFramework framework : frameworks) {
            for (CheckedCommand checked : framework.checks()) {
                blackhole.consume(engine.check(checked.command(), checked.situation()));
            }
        }
    }
}
