package org.kafo.bench.start;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kafo.bench.load.HttpConnection;

/**
 * Launch to first answer: starts Payara Micro with a WAR, asks {@code GET /api/ping} every 20 ms until it
 * answers 200, takes the time from just before the process was launched, stops the server, and again.
 * Kafo's WAR first starts on new databases (writing the demonstration data), then restarts on the
 * last of them, alternating with the empty WAR ({@link EmptyWar}), both with the same Payara flags.
 * Writes {@link StartReport}'s Markdown to {@code --out}.
 */
public final class StartMain {

    private static final long POLL_MILLIS = 20;
    /** A start that has not answered by then hangs (HK2, see reliability/start-hangs): dumped, killed, started again. */
    private static final long GIVE_UP_SECONDS = 300;
    private static final int STARTS = 3;

    private final StartOptions options;

    private StartMain(StartOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        StartOptions options;
        try {
            options = StartOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new StartMain(options).run();
    }

    private void run() throws IOException, InterruptedException {
        Files.createDirectories(options.work());
        Path empty = options.work().resolve("empty.war");
        EmptyWar.write(empty);
        List<StartReport.Start> first = new ArrayList<>();
        List<StartReport.Start> restart = new ArrayList<>();
        List<StartReport.Start> emptyStarts = new ArrayList<>();
        Path data = null;
        for (int i = 1; i <= options.firstRuns(); i++) {
            data = options.work().resolve("data-" + i);
            first.add(launch(StartReport.KAFO_FIRST, i, options.kafo(), data));
        }
        for (int i = 1; i <= Math.max(options.emptyRuns(), options.restartRuns()); i++) {
            if (i <= options.emptyRuns()) {
                emptyStarts.add(launch(StartReport.EMPTY, i, empty, options.work().resolve("data-empty")));
            }
            if (i <= options.restartRuns()) {
                restart.add(launch(StartReport.KAFO_RESTART, i, options.kafo(), data));
            }
        }
        List<String> lines = new StartReport(emptyStarts, restart, first).markdown();
        Files.write(options.out(), lines);
        lines.forEach(System.out::println);
    }

    private StartReport.Start launch(String variant, int run, Path war, Path data)
            throws IOException, InterruptedException {
        for (int start = 1; ; start++) {
            try {
                return launchOnce(variant, run, war, data, start);
            } catch (HungStart e) {
                if (start >= STARTS) {
                    throw new IllegalStateException(e.getMessage() + "; gave up after " + STARTS + " starts");
                }
                System.out.println(e.getMessage() + "; starting again");
            }
        }
    }

    /** A start that did not answer within {@link #GIVE_UP_SECONDS}; its thread dump is in its log. */
    private static final class HungStart extends Exception {
        HungStart(String message) {
            super(message);
        }
    }

    private StartReport.Start launchOnce(String variant, int run, Path war, Path data, int start)
            throws IOException, InterruptedException, HungStart {
        if (answers()) {
            throw new IllegalStateException("something already answers on port " + options.port());
        }
        String name = variant.replaceAll("[^A-Za-z]+", "-").toLowerCase(java.util.Locale.ROOT) + run
                + (start > 1 ? "-start" + start : "");
        Path log = options.work().resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(options.java().toString(), "-Dkafo.data.dir=" + data));
        if (options.demoPassword() != null) {
            command.add("-Dkafo.demo.password=" + options.demoPassword());
        }
        command.addAll(List.of("-jar", options.payara().toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(options.port()), "--nohazelcast", "--disablephonehome",
                "--prebootcommandfile", options.preboot().toString(),
                "--rootdir", options.work().resolve(name + "-runtime").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long launchedAt = System.currentTimeMillis();
        long launched = System.nanoTime();
        Process server = builder.start();
        try {
            long deadline = launched + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
            while (!pong()) {
                if (!server.isAlive()) {
                    throw new IllegalStateException(variant + " " + run + ": the server stopped; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    threadDump(server, log);
                    throw new HungStart(variant + " " + run + ": no answer in " + GIVE_UP_SECONDS
                            + " s, the start hangs; thread dump in " + log);
                }
                Thread.sleep(POLL_MILLIS);
            }
            double seconds = (System.nanoTime() - launched) / 1e9;
            System.out.printf("%s %d: first 200 after %.2f s%n", variant, run, seconds);
            stop(server);
            Map<String, Long> milestones = Timeline.of(Files.readAllLines(log, StandardCharsets.ISO_8859_1),
                    launchedAt, Timeline.MILESTONES);
            return new StartReport.Start(variant, run, seconds, milestones);
        } finally {
            stop(server);
        }
    }

    private boolean pong() {
        try (HttpConnection connection = new HttpConnection("127.0.0.1", options.port())) {
            return connection.send("GET", "/api/ping", "", null).status() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", options.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Appends the server's threads to its log ({@code jcmd PID Thread.print}, from the JDK that runs it). */
    private void threadDump(Process server, Path log) throws IOException, InterruptedException {
        Path jcmd = options.java().resolveSibling("jcmd");
        Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(server.pid()), "Thread.print")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!dump.waitFor(60, TimeUnit.SECONDS)) {
            dump.destroyForcibly();
        }
    }

    /** SIGTERM, so that Payara closes the database; killed if it has not stopped within 60 s. */
    private static void stop(Process server) throws InterruptedException {
        if (!server.isAlive()) {
            return;
        }
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }
}
