package org.kafo.bench.load;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The load on a running Kafo server: for each scenario, a fixed number of connections, a warm-up,
 * then measured runs; writes the Markdown table of {@link Report} to {@code --out}.
 * <ul>
 *   <li>{@code ping}: {@code GET /api/ping}, a bare JAX-RS request;</li>
 *   <li>{@code read}: {@code GET /api/frameworks/{id}}, turning over every framework;</li>
 *   <li>{@code write}: {@code POST /api/frameworks/{id}/plans}, the adoption of a plan, in
 *       {@link AdoptionRounds} (its setup untimed).</li>
 * </ul>
 * {@code java -cp benchmarks.jar org.kafo.bench.load.LoadMain --base http://127.0.0.1:8291 --out server.md}
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String authorization = Client.authorization(options.base(), options.user(), options.password());
        String credentials = authorization.isEmpty()
                ? "no credentials: " + (options.user() == null ? "no user given" : "the server has no /api/auth/tokens")
                : "requests but the ping carry a token of " + options.user();
        System.out.println(credentials);
        List<RunResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(credentials);
        for (String scenario : options.scenarios()) {
            switch (scenario) {
                case "ping" -> results.addAll(measure("ping", options, new ClosedLoop(options.base(), authorization,
                        options.connections(), (client, worker, i) -> client.ping())));
                case "read" -> {
                    List<String> frameworks = frameworks(options, authorization);
                    int n = frameworks.size();
                    results.addAll(measure("read", options, new ClosedLoop(options.base(), authorization,
                            options.connections(), (client, worker, i) ->
                                    client.get("frameworks/" + frameworks.get((int) ((worker + i) % n))))));
                    notes.add("read: " + n + " frameworks, each connection turning over all of them");
                }
                case "write" -> {
                    List<FrameworkCycle> chains = new ArrayList<>();
                    try (Client client = new Client(options.base(), authorization)) {
                        for (String framework : frameworks(options, authorization)) {
                            FrameworkCycle.of(client, framework).ifPresent(chains::add);
                        }
                    }
                    AdoptionRounds rounds = new AdoptionRounds(options.base(), authorization, options.connections(),
                            chains);
                    results.addAll(measure("write", options, rounds));
                    notes.add("write: " + rounds.connections() + " connections over " + chains.size()
                            + " frameworks, " + rounds.usableFrameworks() + " still written at the end; "
                            + rounds.setupRequests() + " untimed setup requests (meeting convened, attended, held,"
                            + " previous plan reviewed)");
                    java.util.IntSummaryStatistics adopted = rounds.adoptionsPerFramework();
                    notes.add("write: each framework adopted " + adopted.getMin() + " to " + adopted.getMax()
                            + " plans in this scenario (warm-up included), each at a meeting of its own, on top of the"
                            + " demonstration data's 2 plans and about 4 meetings: an adoption loads the framework's"
                            + " whole history (needs, meetings, plans, committee), which grows as the load goes");
                    rounds.problems().forEach(p -> notes.add("write problem: " + p));
                }
                default -> throw new IllegalStateException(scenario);
            }
        }
        Report report = new Report(results);
        List<String> lines = new ArrayList<>(report.table());
        lines.add("");
        lines.addAll(report.targets());
        lines.add("");
        lines.add("<details><summary>Every run</summary>");
        lines.add("");
        lines.addAll(report.runs());
        lines.add("");
        notes.forEach(n -> lines.add("- " + n));
        lines.add("");
        lines.add("</details>");
        Files.write(options.out(), lines);
        lines.forEach(System.out::println);
    }

    private static List<String> frameworks(LoadOptions options, String authorization) {
        try (Client client = new Client(options.base(), authorization)) {
            JsonObject page = client.read("frameworks?size=100");
            return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(f -> f.getString("id")).toList();
        }
    }

    private static volatile Tally current;

    private static List<RunResult> measure(String scenario, LoadOptions options, Workload workload)
            throws InterruptedException {
        System.out.printf("%s: %d connections, %d s warm-up, %d x %d s%n", scenario, options.connections(),
                options.warmup(), options.runs(), options.duration());
        current = null;
        workload.start(() -> current);
        Thread.sleep(Duration.ofSeconds(options.warmup()));
        List<Tally> tallies = new ArrayList<>();
        List<long[]> samples = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            Tally tally = new Tally();
            long[] sample = {System.nanoTime(), cpu(ProcessHandle.current()), serverCpu(options), MachineCpu.busyNanos(),
                    0, 0, 0, 0};
            current = tally;
            Thread.sleep(Duration.ofSeconds(options.duration()));
            current = null;
            sample[4] = System.nanoTime();
            sample[5] = cpu(ProcessHandle.current());
            sample[6] = serverCpu(options);
            sample[7] = MachineCpu.busyNanos();
            tallies.add(tally);
            samples.add(sample);
        }
        workload.stop();
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            Tally tally = tallies.get(i);
            long[] s = samples.get(i);
            long runNanos = s[4] - s[0];
            double seconds = workload.seconds(tally, runNanos);
            long[] sorted = tally.sortedLatencies();
            boolean any = sorted.length > 0;
            RunResult result = new RunResult(scenario, i + 1, seconds, tally.accepted(), tally.refused(),
                    tally.errors(), seconds > 0 ? tally.accepted() / seconds : 0,
                    any ? Latencies.percentile(sorted, 50) / 1e6 : Double.NaN,
                    any ? Latencies.percentile(sorted, 99) / 1e6 : Double.NaN,
                    any ? sorted[sorted.length - 1] / 1e6 : Double.NaN,
                    (s[5] - s[1]) / (double) runNanos,
                    s[2] < 0 || s[6] < 0 ? -1 : (s[6] - s[2]) / (double) runNanos,
                    s[3] < 0 || s[7] < 0 ? -1 : (s[7] - s[3]) / (double) runNanos);
            System.out.printf("  run %d: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d accepted, %d refused, %d errors,"
                    + " CPU %.2f / %.2f / %.2f%n", result.run(), result.throughput(), result.p50(), result.p99(),
                    result.accepted(), result.refused(), result.errors(), result.loadCpu(), result.serverCpu(), result.machineCpu());
            results.add(result);
        }
        return results;
    }

    /** CPU time of a process in nanoseconds, or -1 when the system does not say. */
    private static long cpu(ProcessHandle process) {
        Optional<Duration> total = process.info().totalCpuDuration();
        return total.map(Duration::toNanos).orElse(-1L);
    }

    private static long serverCpu(LoadOptions options) {
        if (options.serverPid() == 0) {
            return -1;
        }
        return ProcessHandle.of(options.serverPid()).map(LoadMain::cpu).orElse(-1L);
    }
}
