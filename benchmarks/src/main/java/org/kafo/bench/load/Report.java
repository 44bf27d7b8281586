package org.kafo.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.kafo.bench.Spread;

/**
 * The runs as Markdown: the closed loop's min / median / max per scenario, the open loop's latencies at
 * fixed rates, wrk's figures beside the load generator's, the server's memory, and the targets met or
 * missed, as ratios within the one run, then every run. A throughput target is met when the load
 * generator's closed loop meets it and, when wrk ran, wrk's figures too.
 */
final class Report {

    /** The signed-in ping within 20 % of the bare one; reads at least half its throughput, the write a quarter. */
    static final double SIGNED_PING_SHARE = 0.80;
    static final double READ_SHARE = 0.50;
    static final double WRITE_SHARE = 0.25;
    static final double P99_LIMIT_MS = 50;

    /** The scenarios whose throughput is compared with the bare ping's: what each is, and its target. */
    record Share(String scenario, String what, double target) {
    }

    static final List<Share> SHARES = List.of(
            new Share("ping-token", "the ping with a Bearer token", SIGNED_PING_SHARE),
            new Share("read", "reading a framework", READ_SHARE),
            new Share("indicators", "a framework's indicators", READ_SHARE),
            new Share("country", "the country's indicators", READ_SHARE),
            new Share("cockpit", "the cockpit page", READ_SHARE),
            new Share("plan", "the plan page", READ_SHARE),
            new Share("write", "adopting a plan", WRITE_SHARE));

    /** The server's resident size after a scenario's loads, in KiB. */
    record Memory(String after, long residentKib) {
    }

    private final Map<String, List<RunResult>> byScenario = new LinkedHashMap<>();
    private final Map<String, Map<Double, List<RunResult>>> open = new LinkedHashMap<>();
    private final Map<String, List<RunResult>> wrk = new LinkedHashMap<>();
    private final List<Memory> memory;
    private final String heapBound;
    private final long peakKib;

    Report(List<RunResult> runs) {
        this(runs, List.of(), List.of(), null, -1);
    }

    /**
     * @param runs       the load generator's runs, closed and open loops
     * @param wrkRuns    wrk's, on the same scenarios (closed loops)
     * @param memory     the server's resident size after each scenario
     * @param heapBound  the server's {@code -Xmx}, or null if unknown
     * @param peakKib    its greatest resident size ({@code VmHWM}) at the end, or -1
     */
    Report(List<RunResult> runs, List<RunResult> wrkRuns, List<Memory> memory, String heapBound, long peakKib) {
        for (RunResult r : runs) {
            if (r.open()) {
                open.computeIfAbsent(r.scenario(), s -> new TreeMap<>())
                        .computeIfAbsent(r.fraction(), f -> new ArrayList<>()).add(r);
            } else {
                byScenario.computeIfAbsent(r.scenario(), s -> new ArrayList<>()).add(r);
            }
        }
        wrkRuns.forEach(r -> wrk.computeIfAbsent(r.scenario(), s -> new ArrayList<>()).add(r));
        this.memory = List.copyOf(memory);
        this.heapBound = heapBound;
        this.peakKib = peakKib;
    }

    Spread spread(String scenario, ToDoubleFunction<RunResult> figure) {
        return spread(byScenario.get(scenario), figure);
    }

    private static Spread spread(List<RunResult> runs, ToDoubleFunction<RunResult> figure) {
        return Spread.of(runs.stream().map(figure::applyAsDouble).toList());
    }

    /** The closed loop: the most each scenario answered with its connections. */
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

    /** The open loop: at each fixed rate, the rate achieved and the latencies from the intended send times. */
    List<String> openTable() {
        List<String> lines = new ArrayList<>();
        if (open.isEmpty()) {
            return lines;
        }
        lines.add("| scenario | rate: share of its max | intended (req/s) | achieved (req/s) | p50 (ms) | p90 (ms)"
                + " | p99 (ms) | p99.9 (ms) | max (ms) | accepted | refused | errors |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        open.forEach((scenario, fractions) -> fractions.forEach((fraction, runs) -> lines.add("| " + scenario + " | "
                + format("%.0f", fraction * 100) + " % | " + format("%.1f", spread(runs, RunResult::intended).median())
                + " | " + three(spread(runs, RunResult::throughput), "%.1f")
                + " | " + three(spread(runs, RunResult::p50), "%.1f")
                + " | " + three(spread(runs, RunResult::p90), "%.1f")
                + " | " + three(spread(runs, RunResult::p99), "%.1f")
                + " | " + three(spread(runs, RunResult::p999), "%.1f")
                + " | " + format("%.1f", spread(runs, RunResult::max).max())
                + " | " + runs.stream().mapToLong(RunResult::accepted).sum()
                + " | " + runs.stream().mapToLong(RunResult::refused).sum()
                + " | " + runs.stream().mapToLong(RunResult::errors).sum() + " |")));
        return lines;
    }

    /** The load generator's closed loop and wrk's, side by side (medians of the runs). */
    List<String> crossCheck() {
        List<String> lines = new ArrayList<>();
        if (wrk.isEmpty()) {
            return lines;
        }
        lines.add("| scenario | req/s: LoadMain / wrk | wrk / LoadMain | p50 (ms): LoadMain / wrk"
                + " | p90 (ms): LoadMain / wrk | p99 (ms): LoadMain / wrk | wrk p99.9 / max (ms) | wrk runs"
                + " | wrk: 2xx-3xx / non-2xx-3xx / socket errors |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<RunResult>> entry : wrk.entrySet()) {
            String scenario = entry.getKey();
            List<RunResult> w = entry.getValue();
            List<RunResult> ours = byScenario.get(scenario);
            double ourRate = ours == null ? Double.NaN : spread(ours, RunResult::throughput).median();
            double wrkRate = spread(w, RunResult::throughput).median();
            lines.add("| " + scenario + " | " + format("%.0f", ourRate) + " / " + format("%.0f", wrkRate)
                    + " | " + format("%.2f", wrkRate / ourRate)
                    + " | " + pair(ours, w, RunResult::p50) + " | " + pair(ours, w, RunResult::p90)
                    + " | " + pair(ours, w, RunResult::p99)
                    + " | " + format("%.1f", spread(w, RunResult::p999).median()) + " / "
                    + format("%.1f", spread(w, RunResult::max).max())
                    + " | " + w.size()
                    + " | " + w.stream().mapToLong(RunResult::accepted).sum()
                    + " / " + w.stream().mapToLong(RunResult::refused).sum()
                    + " / " + w.stream().mapToLong(RunResult::errors).sum() + " |");
        }
        return lines;
    }

    private static String pair(List<RunResult> ours, List<RunResult> theirs, ToDoubleFunction<RunResult> figure) {
        String mine = ours == null ? "—" : median(ours, figure);
        return mine + " / " + median(theirs, figure);
    }

    private static String median(List<RunResult> runs, ToDoubleFunction<RunResult> figure) {
        double value = spread(runs, figure).median();
        return Double.isNaN(value) ? "—" : format("%.1f", value);
    }

    /** The server's memory after each scenario, with the heap bound it ran with. */
    List<String> memory() {
        List<String> lines = new ArrayList<>();
        if (memory.isEmpty()) {
            return lines;
        }
        lines.add("| after | server's resident size (VmRSS, MiB) |");
        lines.add("|---|---|");
        memory.forEach(m -> lines.add("| " + m.after() + " | " + mib(m.residentKib()) + " |"));
        lines.add("");
        lines.add("Heap bound: " + (heapBound == null ? "unknown (no -Xmx on the server's command line)"
                : "`-Xmx" + heapBound + "`, as the README's run command sets it")
                + (peakKib < 0 ? "" : "; the greatest resident size of the run (VmHWM): " + mib(peakKib) + " MiB") + ".");
        return lines;
    }

    private static String mib(long kib) {
        return kib < 0 ? "n/a" : format("%.0f", kib / 1024.0);
    }

    /** One line per target that the scenarios measured allow to judge. */
    List<String> targets() {
        List<String> lines = new ArrayList<>();
        if (byScenario.containsKey("ping")) {
            double ping = spread("ping", RunResult::throughput).median();
            for (Share share : SHARES) {
                share(lines, share, ping);
            }
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
            lines.add(p99(scenario));
        }
        return lines;
    }

    /**
     * The p99 target of a scenario: judged on the open loop at the highest share of its max that was run
     * (every run under the limit), the lower shares and the closed loop given beside it; on the closed
     * loop when no open loop was run.
     */
    private String p99(String scenario) {
        Map<Double, List<RunResult>> fractions = open.getOrDefault(scenario, Map.of());
        if (fractions.isEmpty()) {
            double worst = spread(scenario, RunResult::p99).max();
            long fewest = byScenario.get(scenario).stream().mapToLong(RunResult::accepted).min().orElse(0);
            return "- " + scenario + ": p99 < " + format("%.0f", P99_LIMIT_MS) + " ms in every run: "
                    + verdict(worst < P99_LIMIT_MS) + " (worst run " + format("%.1f", worst) + " ms"
                    + (fewest < 100 ? "; a run of " + fewest + " requests: its p99 is its slowest request" : "") + ")";
        }
        double highest = ((TreeMap<Double, List<RunResult>>) fractions).lastKey();
        List<RunResult> judged = fractions.get(highest);
        double worst = spread(judged, RunResult::p99).max();
        long fewest = judged.stream().mapToLong(RunResult::accepted).min().orElse(0);
        StringBuilder line = new StringBuilder("- " + scenario + ": p99 < " + format("%.0f", P99_LIMIT_MS)
                + " ms at " + format("%.0f", highest * 100) + " % of its max throughput (open loop, "
                + format("%.1f", spread(judged, RunResult::intended).median()) + " req/s intended), in every run: "
                + verdict(worst < P99_LIMIT_MS) + " (worst run " + format("%.1f", worst) + " ms");
        if (fewest < 100) {
            line.append("; a run of ").append(fewest).append(" requests: its p99 is its slowest request");
        }
        fractions.forEach((fraction, runs) -> {
            if (fraction != highest) {
                line.append("; at ").append(format("%.0f", fraction * 100)).append(" %: ")
                        .append(format("%.1f", spread(runs, RunResult::p99).max())).append(" ms");
            }
        });
        line.append("; closed loop: ").append(format("%.1f", spread(scenario, RunResult::p99).max())).append(" ms");
        List<RunResult> w = wrk.get(scenario);
        if (w != null) {
            line.append("; wrk: ").append(format("%.1f", spread(w, RunResult::p99).max())).append(" ms");
        }
        return line.append(")").toString();
    }

    private void share(List<String> lines, Share share, double ping) {
        if (!byScenario.containsKey(share.scenario())) {
            return;
        }
        double median = spread(share.scenario(), RunResult::throughput).median();
        double ratio = median / ping;
        String line = "- " + share.what() + ": ≥ " + format("%.0f", share.target() * 100) + " % of the ping's throughput: "
                + verdict(ratio >= share.target()) + " (" + format("%.0f", median) + " / "
                + format("%.0f", ping) + " req/s = " + format("%.1f", ratio * 100) + " %, medians";
        List<RunResult> w = wrk.get(share.scenario());
        List<RunResult> wrkPing = wrk.get("ping");
        if (w != null && wrkPing != null) {
            double theirs = spread(w, RunResult::throughput).median();
            double theirPing = spread(wrkPing, RunResult::throughput).median();
            boolean wrkMet = theirs / theirPing >= share.target();
            line += "; wrk: " + format("%.0f", theirs) + " / " + format("%.0f", theirPing) + " req/s = "
                    + format("%.1f", theirs / theirPing * 100) + " %";
            if (wrkMet != ratio >= share.target()) {
                // Met by one measurement and missed by the other is not shown to be met.
                line = line.replace("**met**", "**missed**") + "; met by " + (wrkMet ? "wrk" : "the load generator")
                        + " only";
            }
        }
        lines.add(line + ")");
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**missed**";
    }

    List<String> runs() {
        List<String> lines = new ArrayList<>();
        lines.add("| scenario | loop | run | seconds | accepted | refused | errors | req/s | p50 (ms) | p90 (ms)"
                + " | p99 (ms) | p99.9 (ms) | max (ms) | CPU load / server / machine |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<RunResult> all = new ArrayList<>();
        byScenario.values().forEach(all::addAll);
        open.values().forEach(f -> f.values().forEach(all::addAll));
        wrk.values().forEach(all::addAll);
        for (RunResult r : all) {
            String loop = r.open() ? "open, " + format("%.1f", r.intended()) + " req/s"
                    : wrk.getOrDefault(r.scenario(), List.of()).contains(r) ? "wrk" : "closed";
            lines.add("| " + r.scenario() + " | " + loop + " | " + r.run() + " | " + format("%.1f", r.seconds()) + " | "
                    + r.accepted() + " | " + r.refused() + " | " + r.errors() + " | "
                    + format("%.0f", r.throughput()) + " | " + format("%.1f", r.p50()) + " | "
                    + ms(r.p90()) + " | " + format("%.1f", r.p99()) + " | " + ms(r.p999()) + " | "
                    + format("%.1f", r.max()) + " | "
                    + cpu(r.loadCpu()) + " / " + cores(r.serverCpu()) + " / " + cores(r.machineCpu()) + " |");
        }
        return lines;
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "—" : format("%.1f", value);
    }

    private static String cpu(double cores) {
        return cores < 0 ? "n/a" : format("%.2f", cores);
    }

    private static String cores(double cores) {
        return cores < 0 ? "n/a" : format("%.2f", cores);
    }

    static String three(Spread spread, String pattern) {
        return format(pattern, spread.min()) + " / " + format(pattern, spread.median()) + " / "
                + format(pattern, spread.max());
    }

    private static String format(String pattern, double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, pattern, value);
    }
}
