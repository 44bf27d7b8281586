package org.kafo.bench.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kafo.bench.Spread;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link RulesBenchmark} with JMH and its allocation profiler and writes the Markdown table of
 * BENCHMARKS.md: {@code RulesRun RESULTS_DIR [forks warmups iterations seconds]}. Writes
 * {@code rules.json} (JMH's own results) and {@code rules.md} there.
 */
public final class RulesRun {

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private RulesRun() {
    }

    /** How one engine did: throughput over every measured iteration, and bytes allocated per framework. */
    record Figures(String engine, Spread frameworksPerSecond, Spread bytesPerFramework, List<Double> forkScores) {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/target/results");
        int forks = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        Files.createDirectories(results);
        Path dataset = results.resolve("rules-dataset.txt");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + RulesBenchmark.class.getName().replace(".", "\\.") + "\\.")
                .forks(forks)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("-Xms2g", "-Xmx4g", "-Dkafo.bench.dataset=" + dataset.toAbsolutePath())
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(results.resolve("rules.json").toString());
        String loadBefore = Spread.loadAverage();
        Collection<RunResult> runs = new Runner(options.build()).run();
        String load = "Load average (1 min) of the machine: " + loadBefore + " when the part started, "
                + Spread.loadAverage() + " when it ended; other work on the machine slows every engine alike.";
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (String engine : List.of("ruleBook", "handWrittenLoop", "easyRules")) {
            RunResult run = runs.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + engine)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no result for " + engine));
            figures.put(engine, figures(engine, run));
        }
        String config = forks + " fork(s) per engine, " + warmups + " warm-up and " + iterations
                + " measured iterations of " + seconds + " s each";
        String datasetLines = Files.exists(dataset) ? Files.readString(dataset).strip() : "";
        Files.writeString(results.resolve("rules.md"), markdown(figures, config, datasetLines) + "\n" + load + "\n");
    }

    static Figures figures(String engine, RunResult run) {
        List<Double> throughput = new ArrayList<>();
        List<Double> allocation = new ArrayList<>();
        List<Double> forkScores = new ArrayList<>();
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
            forkScores.add(fork.getPrimaryResult().getScore());
            for (IterationResult iteration : fork.getIterationResults()) {
                throughput.add(iteration.getPrimaryResult().getScore());
                Result<?> allocated = iteration.getSecondaryResults().get(ALLOCATION);
                if (allocated != null) {
                    allocation.add(allocated.getScore());
                }
            }
        }
        return new Figures(engine, Spread.of(throughput), allocation.isEmpty() ? null : Spread.of(allocation),
                forkScores);
    }

    static String markdown(Map<String, Figures> figures, String config, String dataset) {
        Figures book = figures.get("ruleBook");
        Figures loop = figures.get("handWrittenLoop");
        Figures easy = figures.get("easyRules");
        StringBuilder md = new StringBuilder();
        md.append("What is measured: the ").append(Catalogue.rules()).append(", all of them, with their ")
                .append(Catalogue.checkCount()).append(" checks (one per rule and command type it watches), checked "
                + "on every command of 10,000 generated frameworks (seed ").append(Frameworks.SEED).append("), three ways: the rule book (`RuleBook.check`, as the "
                + "process calls it), a hand-written loop that calls the same rule functions directly (the limit), "
                + "and Easy Rules 4.1.0 written the idiomatic way. One operation is one framework.\n\n");
        md.append("Command: `benchmarks/run rules` (runs `benchmarks/scripts/rules.sh`: `$BENCH_JAVA -cp $BENCH_JAR "
                + "org.kafo.bench.rules.RulesRun $RESULTS`, JMH with `-prof gc`; ").append(config).append(").\n\n");
        if (!dataset.isEmpty()) {
            md.append(dataset).append("\n\n");
        }
        md.append("| engine | frameworks/s min | median | max | bytes allocated per framework (median) |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        for (Figures f : List.of(book, loop, easy)) {
            md.append("| ").append(label(f.engine())).append(" | ").append(integer(f.frameworksPerSecond().min()))
                    .append(" | ").append(integer(f.frameworksPerSecond().median())).append(" | ")
                    .append(integer(f.frameworksPerSecond().max())).append(" | ")
                    .append(f.bytesPerFramework() == null ? "n/a" : integer(f.bytesPerFramework().median()))
                    .append(" |\n");
        }
        double bookVersusLoop = loop.frameworksPerSecond().median() / book.frameworksPerSecond().median();
        double easyVersusBook = book.frameworksPerSecond().median() / easy.frameworksPerSecond().median();
        double bytesVersusLoop = book.bytesPerFramework() == null || loop.bytesPerFramework() == null ? Double.NaN
                : book.bytesPerFramework().median() / loop.bytesPerFramework().median();
        md.append("\n");
        md.append("| target | measured (medians) | |\n|---|---|---|\n");
        md.append("| rule book ≤ 1.1× the loop's time | ").append(ratio(bookVersusLoop)).append("× the loop's time | ")
                .append(bookVersusLoop <= 1.1 ? "met" : "missed").append(" |\n");
        md.append("| rule book's allocation per framework ≤ 1.1× the loop's | ").append(ratio(bytesVersusLoop))
                .append("× the loop's | ").append(bytesVersusLoop <= 1.1 ? "met" : "missed").append(" |\n");
        md.append("| rule book ≥ 10× faster than Easy Rules | ").append(ratio(easyVersusBook))
                .append("× faster | ").append(easyVersusBook >= 10 ? "met" : "missed").append(" |\n");
        if (bookVersusLoop > 1.1 || !(bytesVersusLoop <= 1.1) || easyVersusBook < 10) {
            md.append("\n").append(why(book, loop, easy));
        }
        md.append("\nMin / median / max are over every measured iteration of every fork (")
                .append(book.frameworksPerSecond().count()).append(" per engine); the allocation is JMH's "
                + "`gc.alloc.rate.norm` divided per framework.\n");
        return md.toString();
    }

    /** What a miss comes from, as far as the figures and the code show it. */
    static String why(Figures book, Figures loop, Figures easy) {
        String extra = book.bytesPerFramework() == null || loop.bytesPerFramework() == null ? "n/a"
                : integer(book.bytesPerFramework().median() - loop.bytesPerFramework().median());
        String easyBytes = easy.bytesPerFramework() == null || book.bytesPerFramework() == null ? "n/a"
                : ratio(easy.bytesPerFramework().median() / book.bytesPerFramework().median());
        return "Why a target is missed, as far as the figures show: the three engines run the very same rule "
                + "functions, which do most of the work and allocate most of the bytes (the loop's "
                + (loop.bytesPerFramework() == null ? "n/a" : integer(loop.bytesPerFramework().median()))
                + " bytes per framework are the rules' own verdicts, streams and lists). The rule book's "
                + "difference is " + extra + " bytes per framework (it skips the loop's copy of each empty list of "
                + "verdicts; it looks the checks of the command's type up in a `ClassValue`, each with its severity "
                + "resolved once) and it calls all " + Catalogue.checkCount() + " rule functions from one call site "
                + "in `RuleBook.check`, which the JIT cannot inline, where the loop calls each from a call site of "
                + "its own. Easy Rules allocates " + easyBytes + "× what the rule book does (its `Facts`, the "
                + "evaluation of all " + Catalogue.DEFINITIONS.size() + " conditions for every command, its listeners "
                + "and logging) but, since the rule functions dominate, its time cannot be ten times the rule book's by overhead alone. Spreads wider than "
                + "the differences (see min and max) mean the machine was not quiet: rerun on an idle machine "
                + "before drawing conclusions.\n";
    }

    private static String label(String engine) {
        return switch (engine) {
            case "ruleBook" -> "rule book";
            case "handWrittenLoop" -> "hand-written loop";
            case "easyRules" -> "Easy Rules 4.1.0";
            default -> engine;
        };
    }

    private static String integer(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
