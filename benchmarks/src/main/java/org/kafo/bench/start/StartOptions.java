package org.kafo.bench.start;

import java.nio.file.Path;
import org.kafo.bench.Arguments;

/**
 * The options of {@link StartMain}.
 *
 * @param java         the {@code java} that runs Payara Micro (21+)
 * @param payara       {@code payara-micro.jar}
 * @param kafo         Kafo's WAR
 * @param preboot      the preboot command file binding HTTP to 127.0.0.1
 * @param port         the HTTP port
 * @param work         a directory for the data, the runtimes and the logs
 * @param emptyRuns    starts of the empty WAR
 * @param restartRuns  starts of Kafo on an existing database
 * @param firstRuns    first starts of Kafo, writing the demonstration data into a new database
 * @param demoPassword given to Kafo as {@code kafo.demo.password}; null for none
 * @param out          where the Markdown goes
 */
public record StartOptions(Path java, Path payara, Path kafo, Path preboot, int port, Path work, int emptyRuns,
        int restartRuns, int firstRuns, String demoPassword, Path out) {

    static final String USAGE = "usage: StartMain --java JAVA --payara payara-micro.jar --kafo kafo.war"
            + " --preboot FILE --work DIR --out FILE.md [--port 8292] [--empty-runs 5] [--restart-runs 5]"
            + " [--first-runs 2] [--demo-password P]";

    /** @throws IllegalArgumentException naming the problem, with the usage */
    public static StartOptions parse(String... args) {
        Path java = null;
        Path payara = null;
        Path kafo = null;
        Path preboot = null;
        Path work = null;
        Path out = null;
        int port = 8292;
        int emptyRuns = 5;
        int restartRuns = 5;
        int firstRuns = 2;
        String demoPassword = null;
        if (args.length % 2 != 0) {
            throw problem("every option takes a value");
        }
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--java" -> java = Path.of(value);
                case "--payara" -> payara = Path.of(value);
                case "--kafo" -> kafo = Path.of(value);
                case "--preboot" -> preboot = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--port" -> port = number(args[i], value, 1);
                case "--empty-runs" -> emptyRuns = number(args[i], value, 1);
                case "--restart-runs" -> restartRuns = number(args[i], value, 1);
                case "--first-runs" -> firstRuns = number(args[i], value, 1);
                case "--demo-password" -> demoPassword = value.isEmpty() ? null : value;
                default -> throw problem("unknown option " + args[i]);
            }
        }
        if (java == null || payara == null || kafo == null || preboot == null || work == null || out == null) {
            throw problem("--java, --payara, --kafo, --preboot, --work and --out are required");
        }
        return new StartOptions(java, payara, kafo, preboot, port, work, emptyRuns, restartRuns, firstRuns,
                demoPassword, out);
    }

    private static int number(String option, String value, int least) {
        return Arguments.number(option, value, least, USAGE);
    }

    private static IllegalArgumentException problem(String what) {
        return Arguments.problem(what, USAGE);
    }
}
