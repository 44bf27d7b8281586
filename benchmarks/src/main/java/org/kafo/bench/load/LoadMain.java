package org.kafo.bench.load;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import org.HdrHistogram.Histogram;
import org.kafo.bench.Spread;

/**
 * The load on a running Kafo server. For each scenario: a closed loop first (a fixed number of
 * connections, each sending its next request when answered: the most the server answers), a warm-up
 * then measured runs; then an open loop at fixed shares of that throughput (requests sent at their
 * intended times whatever the answers, latencies from those times: {@link OpenLoop}); then
 * {@link Wrk} on the same requests. Writes the Markdown of {@link Report} to {@code --out}.
 * <ul>
 *   <li>{@code ping}: {@code GET /api/ping}, a bare JAX-RS request, without credentials;</li>
 *   <li>{@code ping-token}: the same with the account's Bearer token;</li>
 *   <li>{@code read}: {@code GET /api/frameworks/{id}}, turning over every framework;</li>
 *   <li>{@code indicators}: {@code GET /api/frameworks/{id}/indicators}, likewise;</li>
 *   <li>{@code country}: {@code GET /api/indicators}, the country's, added up by the database;</li>
 *   <li>{@code cockpit}: the web application's {@code GET /frameworks/{id}}, signed in with the
 *       {@code kafo_session} cookie ({@link PageSession});</li>
 *   <li>{@code plan}: its plan page {@code GET /plans/{id}}, the latest plan of each framework;</li>
 *   <li>{@code write}: {@code POST /api/frameworks/{id}/plans}, the adoption of a plan, in
 *       {@link AdoptionRounds} (its setup untimed).</li>
 * </ul>
 * {@code java -cp benchmarks.jar org.kafo.bench.load.LoadMain --base http://127.0.0.1:8291 --out server.md}
 */
public final class LoadMain {

    private static final String JSON = "Accept: application/json\r\n";
    private static final String HTML = "Accept: text/html\r\n";

    private LoadMain() {
    }

    /** A scenario's requests: for the closed loop, the open loop at a rate, and wrk's run. */
    private interface Target {

        Workload closed();

        Workload open(double rate);

        Wrk.Output wrk(Wrk wrk, int seconds) throws IOException, InterruptedException;

        default List<String> notes() {
            return List.of();
        }
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
                : "requests but the bare ping carry a token of " + options.user() + " (`Authorization: Bearer`), the"
                        + " pages its session cookie (`kafo_session`, from `POST /signin`)";
        System.out.println(credentials);
        List<RunResult> results = new ArrayList<>();
        List<RunResult> wrkResults = new ArrayList<>();
        List<Report.Memory> memory = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(credentials);
        memory.add(new Report.Memory("the start (before any load)", ServerMemory.residentKib(options.serverPid())));
        Wrk wrk = options.wrk() == null ? null
                : new Wrk(options.wrk(), Files.createTempDirectory("kafo-wrk"), options.base(), options.connections());
        warmUp(options, authorization);
        for (String scenario : options.scenarios()) {
            Target target = target(scenario, options, authorization);
            List<RunResult> closed = measure(scenario, options, target.closed(), options.warmup(), options.runs(),
                    Double.NaN, Double.NaN);
            results.addAll(closed);
            double max = Spread.of(closed.stream().map(RunResult::throughput).toList()).median();
            for (double share : options.open()) {
                double rate = share * max;
                if (rate <= 0) {
                    continue;
                }
                // The write's first round prepares every framework first: its whole warm-up, as in the closed loop.
                int settle = scenario.equals("write") ? options.warmup() : Math.min(2, options.warmup());
                results.addAll(measure(scenario, options, target.open(rate), settle,
                        options.openRuns(), rate, share));
            }
            if (wrk != null) {
                for (int run = 1; run <= options.wrkRuns(); run++) {
                    Wrk.Output out;
                    try {
                        out = target.wrk(wrk, options.duration());
                    } catch (IOException e) {
                        System.out.println("  wrk run " + run + " failed: " + e.getMessage());
                        notes.add(scenario + ": wrk run " + run + " failed: " + e.getMessage().lines().findFirst()
                                .orElse(""));
                        continue;
                    }
                    RunResult result = wrkResult(scenario, run, out, scenario.equals("write") ? options.connections() : 0);
                    System.out.printf("  wrk run %d: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d non-2xx-3xx, %d socket"
                            + " errors%n", run, result.throughput(), result.p50(), result.p99(), result.refused(),
                            result.errors());
                    wrkResults.add(result);
                }
            }
            notes.addAll(target.notes());
            memory.add(new Report.Memory(scenario, ServerMemory.residentKib(options.serverPid())));
        }
        Report report = new Report(results, wrkResults, memory, ServerMemory.heapBound(options.serverPid()).orElse(null),
                ServerMemory.peakKib(options.serverPid()));
        Files.write(options.out(), lines(report, options, notes));
        lines(report, options, notes).forEach(System.out::println);
    }

    private static List<String> lines(Report report, LoadOptions options, List<String> notes) {
        List<String> lines = new ArrayList<>();
        lines.add("Closed loop, the most the server answers: " + options.connections() + " connections, each sending"
                + " its next request when answered; " + options.runs() + " run(s) of " + options.duration()
                + " s after " + options.warmup() + " s; min / median / max over the runs:");
        lines.add("");
        lines.addAll(report.table());
        List<String> open = report.openTable();
        if (!open.isEmpty()) {
            lines.add("");
            lines.add("Open loop, at fixed shares of each scenario's closed-loop throughput (median): requests sent at"
                    + " their intended times whatever the answers, over the same " + options.connections()
                    + " connections, latencies from the intended send times (corrected for coordinated omission), in"
                    + " HdrHistogram; " + options.openRuns() + " run(s) of " + options.duration() + " s per rate:");
            lines.add("");
            lines.addAll(open);
        }
        List<String> cross = report.crossCheck();
        if (!cross.isEmpty()) {
            lines.add("");
            lines.add("Cross-check: `wrk -t2 -c" + options.connections() + " -d" + options.duration() + "s --latency`"
                    + " with a Lua script on the same requests (headers by `-H`), beside the load generator's closed"
                    + " loop (medians):");
            lines.add("");
            lines.addAll(cross);
        }
        List<String> memory = report.memory();
        if (!memory.isEmpty()) {
            lines.add("");
            lines.add("The server's memory (`/proc/PID/status`) after each scenario's loads:");
            lines.add("");
            lines.addAll(memory);
        }
        lines.add("");
        lines.add("Targets, as ratios within this run:");
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
        return lines;
    }

    /**
     * Before the first scenario, every scenario but the write in a closed loop for the warm-up's time,
     * nothing recorded: the server's common path (HTTP, JAX-RS, signing in) is compiled before any
     * scenario is measured, the first one included, so that the ping is not measured colder than the rest.
     */
    private static void warmUp(LoadOptions options, String authorization) throws Exception {
        if (options.warmup() == 0) {
            return;
        }
        for (String scenario : options.scenarios()) {
            if (!scenario.equals("write")) {
                System.out.printf("%s: %d s of warm-up before any measurement%n", scenario, options.warmup());
                Workload workload = target(scenario, options, authorization).closed();
                workload.start(() -> null);
                Thread.sleep(Duration.ofSeconds(options.warmup()));
                workload.stop();
            }
        }
    }

    /** wrk's output as a run; for the writes, its time is the connections' busy time (Little's law). */
    static RunResult wrkResult(String scenario, int run, Wrk.Output out, int busyConnections) {
        Histogram latencies = out.latencies();
        double seconds = busyConnections > 0
                ? latencies.getMean() * latencies.getTotalCount() / 1e9 / busyConnections
                : out.seconds();
        long accepted = out.requests() - out.statusErrors();
        return RunResult.of(scenario, run, seconds, accepted, out.statusErrors(), out.socketErrors(), latencies, -1, -1,
                -1, Double.NaN, Double.NaN);
    }

    private static Target target(String scenario, LoadOptions options, String authorization) throws Exception {
        return switch (scenario) {
            case "ping" -> gets(options, "", List.of("/api/ping"));
            case "ping-token" -> gets(options, authorization, List.of("/api/ping"));
            case "read" -> gets(options, JSON + authorization, paths(frameworks(options, authorization), "/api/frameworks/%s"),
                    "read: each connection turning over the %d frameworks");
            case "indicators" -> gets(options, JSON + authorization,
                    paths(frameworks(options, authorization), "/api/frameworks/%s/indicators"),
                    "indicators: each connection turning over the %d frameworks' indicators (as of today)");
            case "country" -> gets(options, JSON + authorization, List.of("/api/indicators"));
            case "cockpit" -> gets(options, HTML + PageSession.cookie(options.base(), options.user(), options.password()),
                    paths(frameworks(options, authorization), "/frameworks/%s"),
                    "cockpit: each connection turning over the %d frameworks' cockpits");
            case "plan" -> gets(options, HTML + PageSession.cookie(options.base(), options.user(), options.password()),
                    paths(latestPlans(options, authorization), "/plans/%s"),
                    "plan: each connection turning over %d plan pages, the latest plan of each framework");
            case "write" -> writes(options, authorization);
            default -> throw new IllegalStateException(scenario);
        };
    }

    private static List<String> paths(List<String> ids, String pattern) {
        return ids.stream().map(pattern::formatted).toList();
    }

    /** GETs of {@code paths} in turn, with {@code headers} (header lines, each with its CRLF). */
    private static Target gets(LoadOptions options, String headers, List<String> paths, String... note) {
        int n = paths.size();
        return new Target() {
            @Override
            public Workload closed() {
                return new ClosedLoop(options.base(), headers, options.connections(),
                        (client, worker, i) -> client.fetch(paths.get((int) ((worker + i) % n))));
            }

            @Override
            public Workload open(double rate) {
                return new OpenLoop(options.connections(), rate, worker -> {
                    Client client = new Client(options.base(), headers);
                    return new OpenLoop.Connection() {
                        @Override
                        public int send(long k) throws IOException {
                            return client.fetch(paths.get((int) ((worker + k) % n))).status();
                        }

                        @Override
                        public void close() {
                            client.close();
                        }
                    };
                }, OpenLoop.Clock.SYSTEM);
            }

            @Override
            public Wrk.Output wrk(Wrk wrk, int seconds) throws IOException, InterruptedException {
                return wrk.get(paths, headers, seconds);
            }

            @Override
            public List<String> notes() {
                return note.length == 0 ? List.of() : List.of(note[0].formatted(n));
            }
        };
    }

    private static Target writes(LoadOptions options, String authorization) {
        List<String> notes = new ArrayList<>();
        DoubleFunction<Workload> rounds = rate -> {
            List<FrameworkCycle> chains = chains(options, authorization);
            AdoptionRounds adoptions = new AdoptionRounds(options.base(), authorization, options.connections(), chains,
                    rate);
            return new Workload() {
                @Override
                public void start(java.util.function.Supplier<Tally> tally) {
                    adoptions.start(tally);
                }

                @Override
                public void stop() throws InterruptedException {
                    adoptions.stop();
                    String how = rate > 0 ? "open loop at %.1f adoptions/s".formatted(rate) : "closed loop";
                    notes.add("write (" + how + "): " + adoptions.connections() + " connections over " + chains.size()
                            + " frameworks, " + adoptions.usableFrameworks() + " still written at the end; "
                            + adoptions.setupRequests() + " untimed setup requests (meeting convened, attended, held,"
                            + " previous plan reviewed)");
                    java.util.IntSummaryStatistics adopted = adoptions.adoptionsPerFramework();
                    notes.add("write (" + how + "): each framework adopted " + adopted.getMin() + " to "
                            + adopted.getMax() + " plans (warm-up included), each at a meeting of its own");
                    adoptions.problems().forEach(p -> notes.add("write problem: " + p));
                }

                @Override
                public double seconds(Tally tally, long runNanos) {
                    return adoptions.seconds(tally, runNanos);
                }
            };
        };
        return new Target() {
            @Override
            public Workload closed() {
                return rounds.apply(0);
            }

            @Override
            public Workload open(double rate) {
                return rounds.apply(rate);
            }

            @Override
            public Wrk.Output wrk(Wrk wrk, int seconds) throws IOException, InterruptedException {
                return wrkWrites(options, authorization, wrk, seconds, notes);
            }

            @Override
            public List<String> notes() {
                notes.add("write: an adoption loads the framework's whole history (needs, meetings, plans, committee),"
                        + " which grows as the load goes, on top of the demonstration data's 2 plans and about 4"
                        + " meetings per framework");
                return notes;
            }
        };
    }

    /**
     * wrk's adoptions, in rounds for {@code seconds} or one round at least: the load generator prepares the
     * next adoption of every framework (untimed, as in {@link AdoptionRounds}), then wrk posts them all once
     * over its connections (a wrk process of 2 s per round) and the frameworks are read again.
     */
    private static Wrk.Output wrkWrites(LoadOptions options, String authorization, Wrk wrk, int seconds,
            List<String> notes) throws IOException, InterruptedException {
        Histogram latencies = new Histogram(3);
        long requests = 0;
        long status = 0;
        long socket = 0;
        int rounds = 0;
        long setup = 0;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        do {
            List<FrameworkCycle> chains = chains(options, authorization);
            List<Wrk.Post> posts = new ArrayList<>();
            FrameworkCycle.LongCounter counter = new FrameworkCycle.LongCounter();
            try (Client client = new Client(options.base(), authorization)) {
                for (FrameworkCycle chain : chains) {
                    if (chain.prepare(client, counter).isEmpty()) {
                        posts.add(new Wrk.Post("/api/" + chain.adoptionPath(),
                                new String(chain.adoption(), StandardCharsets.UTF_8)));
                    }
                }
            }
            setup += counter.sum();
            if (posts.isEmpty()) {
                notes.add("write (wrk): no framework could be prepared for an adoption");
                break;
            }
            Wrk.Output out = wrk.posts(posts, JSON + authorization, 2);
            latencies.add(out.latencies());
            requests += out.requests();
            status += out.statusErrors();
            socket += out.socketErrors();
            out.answers().forEach(a -> {
                if (notes.size() < 40) {
                    notes.add("write problem (wrk): answered " + a);
                }
            });
            rounds++;
        } while (System.nanoTime() < end);
        notes.add("write (wrk): " + rounds + " rounds, " + requests + " adoptions posted by wrk, " + setup
                + " untimed setup requests by the load generator; wrk's req/s for the write is its connections over"
                + " the mean latency (Little's law: one adoption in flight on each), a wrk process lasting its 2 s");
        return new Wrk.Output(seconds, requests, status, socket, latencies, List.of());
    }

    private static List<FrameworkCycle> chains(LoadOptions options, String authorization) {
        List<FrameworkCycle> chains = new ArrayList<>();
        try (Client client = new Client(options.base(), authorization)) {
            for (String framework : frameworks(options, authorization)) {
                FrameworkCycle.of(client, framework).ifPresent(chains::add);
            }
        }
        return chains;
    }

    private static List<String> frameworks(LoadOptions options, String authorization) {
        try (Client client = new Client(options.base(), authorization)) {
            JsonObject page = client.read("frameworks?size=100");
            return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(f -> f.getString("id")).toList();
        }
    }

    /** Each framework's plan of the latest cycle. */
    private static List<String> latestPlans(LoadOptions options, String authorization) {
        List<String> plans = new ArrayList<>();
        try (Client client = new Client(options.base(), authorization)) {
            for (String framework : frameworks(options, authorization)) {
                client.read("frameworks/" + framework + "/plans?size=100").getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().max(Comparator.comparingInt(p -> p.getInt("cycle")))
                        .ifPresent(p -> plans.add(p.getString("id")));
            }
        }
        if (plans.isEmpty()) {
            throw new IllegalStateException("no plan to show");
        }
        return plans;
    }

    private static volatile Tally current;

    private static List<RunResult> measure(String scenario, LoadOptions options, Workload workload, int warmup, int runs,
            double intended, double share) throws InterruptedException {
        String loop = Double.isNaN(intended) ? "closed loop"
                : "open loop at %.1f req/s (%.0f %% of the closed loop's)".formatted(intended, share * 100);
        System.out.printf("%s, %s: %d connections, %d s warm-up, %d x %d s%n", scenario, loop, options.connections(),
                warmup, runs, options.duration());
        current = null;
        workload.start(() -> current);
        Thread.sleep(Duration.ofSeconds(warmup));
        List<Tally> tallies = new ArrayList<>();
        List<long[]> samples = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
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
            RunResult result = RunResult.of(scenario, i + 1, seconds, tally.accepted(), tally.refused(), tally.errors(),
                    tally.latencies(), (s[5] - s[1]) / (double) runNanos,
                    s[2] < 0 || s[6] < 0 ? -1 : (s[6] - s[2]) / (double) runNanos,
                    s[3] < 0 || s[7] < 0 ? -1 : (s[7] - s[3]) / (double) runNanos, intended, share);
            System.out.printf("  run %d: %.0f req/s, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, %d accepted, %d refused,"
                    + " %d errors, CPU %.2f / %.2f / %.2f%n", result.run(), result.throughput(), result.p50(),
                    result.p99(), result.p999(), result.accepted(), result.refused(), result.errors(), result.loadCpu(),
                    result.serverCpu(), result.machineCpu());
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
