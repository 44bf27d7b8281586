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
 * @param scenarios    among {@code ping}, {@code ping-token}, {@code read}, {@code indicators}, {@code country},
 *                     {@code cockpit}, {@code plan}, {@code write}, in the order they run
 * @param connections  the fixed concurrency: connections, each with one request in flight
 * @param warmup       seconds of load before the first measured run of each scenario
 * @param duration     seconds of each measured run
 * @param runs         measured runs per scenario
 * @param user         the account a token is asked for ({@code POST /api/auth/tokens}); null for none
 * @param password     its password
 * @param serverPid    the server's process, whose CPU time is sampled; 0 for none
 * @param out          where the Markdown table goes
 * @param open         the open loop's rates, as shares of the scenario's closed-loop throughput (median),
 *                     e.g. 0.5 and 0.8; none for no open loop
 * @param openRuns     measured runs of {@code duration} at each of those rates
 * @param wrk          the {@code wrk} executable for the cross-check; null for none
 * @param wrkRuns      wrk's runs of {@code duration} per scenario
 */
public record LoadOptions(URI base, List<String> scenarios, int connections, int warmup, int duration, int runs,
        String user, String password, long serverPid, Path out, List<Double> open, int openRuns, Path wrk,
        int wrkRuns) {

    static final List<String> SCENARIOS = List.of("ping", "read", "write");

    static final List<String> KNOWN = List.of("ping", "ping-token", "read", "indicators", "country", "cockpit", "plan",
            "write");

    static final String USAGE = "usage: LoadMain --base http://127.0.0.1:8291"
            + " [--scenarios ping,ping-token,read,indicators,country,cockpit,plan,write]"
            + " [--connections 10] [--warmup 10] [--duration 20] [--runs 3] [--user U --password P]"
            + " [--server-pid PID] [--open 0.5,0.8|none] [--open-runs 1] [--wrk /usr/bin/wrk --wrk-runs 3]"
            + " --out FILE.md";

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
        List<Double> open = List.of(0.5, 0.8);
        int openRuns = 1;
        Path wrk = null;
        int wrkRuns = 3;
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
                case "--open" -> open = shares(value);
                case "--open-runs" -> openRuns = positive(args[i], value);
                case "--wrk" -> wrk = value.isBlank() ? null : Path.of(value);
                case "--wrk-runs" -> wrkRuns = positive(args[i], value);
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
            if (!KNOWN.contains(scenario)) {
                throw problem("unknown scenario " + scenario + " (" + String.join(", ", KNOWN) + ")");
            }
        }
        if (user != null && password == null) {
            throw problem("--user needs --password");
        }
        return new LoadOptions(base, List.copyOf(scenarios), connections, warmup, duration, runs, user, password,
                serverPid, out, open, openRuns, wrk, wrkRuns);
    }

    /** {@code 0.5,0.8}: shares in (0, 1], sorted; {@code none} or blank for none. */
    private static List<Double> shares(String value) {
        if (value.isBlank() || value.equals("none")) {
            return List.of();
        }
        List<Double> shares = new java.util.ArrayList<>();
        for (String part : value.split(",")) {
            double share;
            try {
                share = Double.parseDouble(part.strip());
            } catch (NumberFormatException e) {
                throw problem("--open is a list of shares such as 0.5,0.8, was " + value);
            }
            if (!(share > 0 && share <= 1)) {
                throw problem("--open shares are in (0, 1], was " + part.strip());
            }
            shares.add(share);
        }
        return shares.stream().distinct().sorted().toList();
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
