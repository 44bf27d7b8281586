import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts Payara Micro and makes sure the start ends. Payara's start can hang for good, its run-level
 * threads parked in HK2 with the CPU idle (payara/docker-payaraserver-full#91): nothing in Payara
 * notices. This launcher asks a URL until it answers 200; if it has not within the bound, it writes a
 * thread dump of the server ({@code jcmd <pid> Thread.print}, from the JDK that runs this file) to the
 * log, kills the server and starts it again, a bounded number of times. Once ready it waits for the
 * server and exits with its exit code; stopping the launcher (SIGTERM, Ctrl-C) stops the server.
 *
 * <p>Run with a JDK 21+ as a source file, no build needed; the server runs on the same JDK:
 * <pre>
 * java BoundedStart.java --ready http://127.0.0.1:8080/health/ready [--bound 300] [--attempts 3]
 *      [--log server.log] [--pid-file server.pid] -- -Xmx512m -jar payara-micro.jar --deploy kafo.war ...
 * </pre>
 * Its own lines start with {@code bounded-start:}: {@code server pid N (start i of n)},
 * {@code ready after S s}, {@code no answer ... thread dump follows}, {@code gave up after n starts}.
 * Exit codes: the server's once it was ready or when it stopped during its start; 3 when every start hung;
 * 2 for a bad command line.
 *
 * <p>A system property with nothing after its {@code =} ({@code -Dkafo.demo-data=}) is left out of the
 * server's command line, so that the server's own default applies: the run command passes every
 * setting it documents this way, empty unless given on Maven's command line.
 */
public final class BoundedStart {

    static final int EVERY_START_HUNG = 3;
    private static final long POLL_MILLIS = 250;

    private final URI ready;
    private final long boundSeconds;
    private final int attempts;
    private final Path log;
    private final Path pidFile;
    private final List<String> serverArguments;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process server;
    private volatile boolean stopping;

    private BoundedStart(URI ready, long boundSeconds, int attempts, Path log, Path pidFile,
            List<String> serverArguments) throws IOException {
        this.ready = ready;
        this.boundSeconds = boundSeconds;
        this.attempts = attempts;
        this.log = log;
        this.pidFile = pidFile;
        this.serverArguments = serverArguments;
        this.out = log == null ? System.out
                : new PrintStream(new FileOutputStream(log.toFile(), true), true, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        BoundedStart launcher;
        try {
            launcher = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bounded-start: " + e.getMessage());
            System.err.println("usage: java BoundedStart.java --ready URL [--bound SECONDS] [--attempts N] "
                    + "[--log FILE] [--pid-file FILE] -- JVM_AND_PAYARA_ARGUMENTS...");
            System.exit(2);
            return;
        }
        System.exit(launcher.run());
    }

    static BoundedStart parse(String[] args) throws IOException {
        URI ready = null;
        long bound = 300;
        int attempts = 3;
        Path log = null;
        Path pidFile = null;
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--ready" -> ready = URI.create(value);
                case "--bound" -> bound = positive(args[i], value);
                case "--attempts" -> attempts = (int) positive(args[i], value);
                case "--log" -> log = Path.of(value);
                case "--pid-file" -> pidFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (ready == null) {
            throw new IllegalArgumentException("--ready URL is required");
        }
        if (i >= args.length - 1) {
            throw new IllegalArgumentException("the server's arguments follow --");
        }
        return new BoundedStart(ready, bound, attempts, log, pidFile, List.of(args).subList(i + 1, args.length));
    }

    private static long positive(String option, String value) {
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes a whole number above 0, not " + value);
    }

    int run() throws IOException, InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopServer, "bounded-start-stop"));
        for (int attempt = 1; attempt <= attempts && !stopping; attempt++) {
            long launched = System.nanoTime();
            Process process = launch();
            say("server pid " + process.pid() + " (start " + attempt + " of " + attempts + ")");
            if (awaitReady(process, launched + TimeUnit.SECONDS.toNanos(boundSeconds))) {
                say(String.format(java.util.Locale.ROOT, "ready after %.1f s: %s answers 200",
                        (System.nanoTime() - launched) / 1e9, ready));
                return process.waitFor();
            }
            if (!process.isAlive() || stopping) {
                int code = process.waitFor();
                say("the server stopped during its start, exit code " + code);
                return code;
            }
            say("no answer from " + ready + " within " + boundSeconds + " s: the start hangs; thread dump follows");
            threadDump(process);
            process.destroyForcibly().waitFor();
            say(attempt < attempts ? "server killed; starting again" : "server killed");
        }
        say("gave up after " + attempts + " starts that hung");
        return EVERY_START_HUNG;
    }

    private Process launch() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(serverArguments(serverArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(log == null ? Redirect.INHERIT : Redirect.appendTo(log.toFile()));
        builder.redirectInput(Redirect.INHERIT);
        Process process = builder.start();
        server = process;
        if (pidFile != null) {
            Files.writeString(pidFile, process.pid() + System.lineSeparator());
        }
        return process;
    }

    /** The server's arguments without the system properties set to nothing ({@code -Dname=}). */
    static List<String> serverArguments(List<String> arguments) {
        return arguments.stream().filter(a -> !(a.startsWith("-D") && a.endsWith("=") && a.indexOf('=') == a.length() - 1))
                .toList();
    }

    private boolean awaitReady(Process process, long deadline) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline && process.isAlive() && !stopping) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    /** The server's threads, to the log: where a hung start waits is the one thing worth keeping of it. */
    private void threadDump(Process process) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        ProcessBuilder builder = new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print")
                .redirectErrorStream(true);
        builder.redirectOutput(log == null ? Redirect.INHERIT : Redirect.appendTo(log.toFile()));
        Process dump = builder.start();
        if (!dump.waitFor(60, TimeUnit.SECONDS)) {
            dump.destroyForcibly();
            say("jcmd gave no thread dump within 60 s");
        }
        say("end of the thread dump of pid " + process.pid());
    }

    /** SIGTERM first, so that Payara closes the database; killed if it has not stopped within 60 s. */
    private void stopServer() {
        stopping = true;
        Process process = server;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void say(String line) {
        out.println("bounded-start: " + line);
        out.flush();
    }
}
