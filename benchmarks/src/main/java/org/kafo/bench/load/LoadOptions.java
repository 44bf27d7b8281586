package org.kafo.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.kafo.bench.Arguments;

/**
 * The options of {@link LoadMain}.
 *
 * @param base         where the server answers, {@code http://127.0.0.1:8291}
 * @param scenarios    among {@code ping}, {@code read}, {@code write}, in the order they run
 * @param connections  the fixed concurrency: connections, each with one request in flight
 * @param warmup       seconds of load before the first measured run of each scenario
 * @param duration     seconds of each measured run
 * @param runs         measured runs per scenario
 * @param user         the account a token is asked for ({@code POST /api/auth/tokens}); null for none
 * @param password     its password
 * @param serverPid    the server's process, whose CPU time is sampled; 0 for none
 * @param out          where the Markdown table goes
 */
public record LoadOptions(URI base, List<String> scenarios, int connections, int warmup, int duration, int runs,
        String user, String password, long serverPid, Path out) {

    static final List<String> SCENARIOS = List.of("ping", "read", "write");

    static final String USAGE = "usage: LoadMain --base http://127.0.0.1:8291 [--scenarios ping,read,write]"
            + " [--connections 10] [--warmup 10] [--duration 20] [--runs 3] [--user U --password P]"
            + " [--server-pid PID] --out FILE.md";

    /** @throws IllegalArgumentException naming the problem, with the usage */
    public static LoadOptions parse(String... args) {
        URI base = null;
        List<String> scenarios = SCENARIOS;
        int connections = 10;
        int warmup = 10;
        int duration = 20;
        int runs = 3;
        String user = null;
        String password = null;
        long serverPid = 0;
        Path out = null;
        if (args.length % 2 != 0) {
            throw problem("every option takes a value");
        }
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--base" -> base = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
                case "--scenarios" -> scenarios = Arrays.stream(value.split(",")).map(String::strip).toList();
                case "--connections" -> connections = positive(args[i], value);
                case "--warmup" -> warmup = number(args[i], value, 0);
                case "--duration" -> duration = positive(args[i], value);
                case "--runs" -> runs = positive(args[i], value);
                case "--user" -> user = value.isBlank() ? null : value;
                case "--password" -> password = value;
                case "--server-pid" -> serverPid = number(args[i], value, 0);
                case "--out" -> out = Path.of(value);
                default -> throw problem("unknown option " + args[i]);
            }
        }
        if (base == null || out == null) {
            throw problem("--base and --out are required");
        }
        if (!"http".equals(base.getScheme()) || base.getHost() == null || base.getPort() < 0) {
            throw problem("--base is http://host:port, was " + base);
        }
        for (String scenario : scenarios) {
            if (!SCENARIOS.contains(scenario)) {
                throw problem("unknown scenario " + scenario + " (" + String.join(", ", SCENARIOS) + ")");
            }
        }
        if (user != null && password == null) {
            throw problem("--user needs --password");
        }
        return new LoadOptions(base, List.copyOf(scenarios), connections, warmup, duration, runs, user, password,
                serverPid, out);
    }

    private static int positive(String option, String value) {
        return number(option, value, 1);
    }

    private static int number(String option, String value, int least) {
        return Arguments.number(option, value, least, USAGE);
    }

    private static IllegalArgumentException problem(String what) {
        return Arguments.problem(what, USAGE);
    }
}
