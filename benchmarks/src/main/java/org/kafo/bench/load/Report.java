package org.kafo.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.kafo.bench.Spread;

/** The runs as Markdown: min / median / max per scenario, the targets met or missed, then every run. */
final class Report {

    /** Read at least half the ping's throughput, the validated write a quarter; p99 under 50 ms. */
    static final double READ_SHARE = 0.50;
    static final double WRITE_SHARE = 0.25;
    static final double P99_LIMIT_MS = 50;

    private final Map<String, List<RunResult>> byScenario = new LinkedHashMap<>();

    Report(List<RunResult> runs) {
        runs.forEach(r -> byScenario.computeIfAbsent(r.scenario(), s -> new ArrayList<>()).add(r));
    }

    Spread spread(String scenario, ToDoubleFunction<RunResult> figure) {
        return Spread.of(byScenario.get(scenario).stream().map(figure::applyAsDouble).toList());
    }

    List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add("| scenario | throughput (req/s) | p50 (ms) | p99 (ms) | accepted | refused | errors"
                + " | CPU (cores): load generator / server / whole machine |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<RunResult>> entry : byScenario.entrySet()) {
            String scenario = entry.getKey();
            List<RunResult> runs = entry.getValue();
            lines.add("| " + scenario + " | " + three(spread(scenario, RunResult::throughput), "%.0f")
                    + " | " + three(spread(scenario, RunResult::p50), "%.1f")
                    + " | " + three(spread(scenario, RunResult::p99), "%.1f")
                    + " | " + runs.stream().mapToLong(RunResult::accepted).sum()
                    + " | " + runs.stream().mapToLong(RunResult::refused).sum()
                    + " | " + runs.stream().mapToLong(RunResult::errors).sum()
                    + " | " + format("%.2f", spread(scenario, RunResult::loadCpu).median())
                    + " / " + cores(spread(scenario, RunResult::serverCpu).median())
                    + " / " + cores(spread(scenario, RunResult::machineCpu).median()) + " |");
        }
        return lines;
    }

    /** One line per target that the scenarios measured allow to judge. */
    List<String> targets() {
        List<String> lines = new ArrayList<>();
        if (byScenario.containsKey("ping")) {
            double ping = spread("ping", RunResult::throughput).median();
            share(lines, "read", "reading a framework", READ_SHARE, ping);
            share(lines, "write", "adopting a plan", WRITE_SHARE, ping);
        }
        double generator = byScenario.values().stream().flatMap(List::stream).mapToDouble(RunResult::loadCpu).max()
                .orElse(0);
        double server = byScenario.values().stream().flatMap(List::stream).mapToDouble(RunResult::serverCpu).max()
                .orElse(-1);
        boolean minor = server > 0 && generator <= server / 4;
        lines.add("- " + (minor ? "the load generator is not the limit: " : "the load generator's own CPU: ") + "at most "
                + format("%.2f", generator) + " core in any run"
                + (server < 0 ? "" : " against up to " + format("%.2f", server) + " for the server"));
        for (String scenario : byScenario.keySet()) {
            double worst = spread(scenario, RunResult::p99).max();
            long fewest = byScenario.get(scenario).stream().mapToLong(RunResult::accepted).min().orElse(0);
            lines.add("- " + scenario + ": p99 < " + format("%.0f", P99_LIMIT_MS) + " ms in every run: "
                    + (worst < P99_LIMIT_MS ? "**met**" : "**missed**") + " (worst run " + format("%.1f", worst) + " ms"
                    + (fewest < 100 ? "; a run of " + fewest + " requests: its p99 is its slowest request" : "") + ")");
        }
        return lines;
    }

    private void share(List<String> lines, String scenario, String what, double target, double ping) {
        if (!byScenario.containsKey(scenario)) {
            return;
        }
        double median = spread(scenario, RunResult::throughput).median();
        double share = median / ping;
        lines.add("- " + what + ": ≥ " + format("%.0f", target * 100) + " % of the ping's throughput: "
                + (share >= target ? "**met**" : "**missed**") + " (" + format("%.0f", median) + " / "
                + format("%.0f", ping) + " req/s = " + format("%.1f", share * 100) + " %, medians)");
    }

    List<String> runs() {
        List<String> lines = new ArrayList<>();
        lines.add("| scenario | run | seconds | accepted | refused | errors | req/s | p50 (ms) | p99 (ms) | max (ms)"
                + " | CPU load / server / machine |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (List<RunResult> runs : byScenario.values()) {
            for (RunResult r : runs) {
                lines.add("| " + r.scenario() + " | " + r.run() + " | " + format("%.1f", r.seconds()) + " | "
                        + r.accepted() + " | " + r.refused() + " | " + r.errors() + " | "
                        + format("%.0f", r.throughput()) + " | " + format("%.1f", r.p50()) + " | "
                        + format("%.1f", r.p99()) + " | " + format("%.1f", r.max()) + " | "
                        + format("%.2f", r.loadCpu()) + " / " + cores(r.serverCpu()) + " / " + cores(r.machineCpu())
                        + " |");
            }
        }
        return lines;
    }

    private static String cores(double cores) {
        return cores < 0 ? "n/a" : format("%.2f", cores);
    }

    static String three(Spread spread, String pattern) {
        return format(pattern, spread.min()) + " / " + format(pattern, spread.median()) + " / "
                + format(pattern, spread.max());
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
