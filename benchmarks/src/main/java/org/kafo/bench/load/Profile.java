package org.kafo.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during a flight recording, for the requests whose stacks pass through one
 * method ({@code --within}, e.g. the adoption's resource method): the Kafo methods most often on those
 * stacks (inclusive: a method counts once per sample), and the libraries the samples were in (their
 * innermost frame).
 * {@code java -cp benchmarks.jar org.kafo.bench.load.Profile FILE.jfr org.kafo.server.resource.FrameworkResource.adopt 15}
 */
public final class Profile {

    /** What makes a thread wait, as JFR records it when it lasts (10 to 20 ms and more, after its settings). */
    static final Map<String, String> WAITS = Map.of(
            "jdk.JavaMonitorEnter", "waiting to enter a monitor (synchronized)",
            "jdk.ThreadPark", "parked (a java.util.concurrent lock or condition)",
            "jdk.JavaMonitorWait", "Object.wait",
            "jdk.FileForce", "forcing a file to disk (fsync)",
            "jdk.FileWrite", "writing a file",
            "jdk.FileRead", "reading a file",
            "jdk.SocketRead", "reading a socket");

    /** A long wait of a thread: what it waited for, its stack as for samples, and how long. */
    record Wait(String kind, List<String> stack, long nanos) {
    }

    /** Stack samples, each the methods from the innermost frame outwards, as {@code class.method}. */
    private final List<List<String>> samples;
    private final List<Wait> waits;

    Profile(List<List<String>> samples) {
        this(samples, List.of());
    }

    Profile(List<List<String>> samples, List<Wait> waits) {
        this.samples = samples;
        this.waits = waits;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Profile FILE.jfr WITHIN_METHOD TOP");
            System.exit(2);
        }
        List<List<String>> samples = new ArrayList<>();
        List<Wait> waits = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (event.getStackTrace() == null) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples.add(stack(event));
            } else if (WAITS.containsKey(type)) {
                waits.add(new Wait(type, stack(event), event.getDuration().toNanos()));
            }
        }
        new Profile(samples, waits).markdown(args[1], Integer.parseInt(args[2])).forEach(System.out::println);
    }

    private static List<String> stack(RecordedEvent event) {
        List<String> stack = new ArrayList<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            if (frame.isJavaFrame()) {
                stack.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
        }
        return stack;
    }

    List<String> markdown(String within, int top) {
        List<List<String>> mine = samples.stream().filter(s -> s.contains(within)).toList();
        List<String> lines = new ArrayList<>();
        lines.add(mine.size() + " of the server's " + samples.size() + " CPU samples pass through `" + within + "`.");
        if (mine.isEmpty()) {
            return lines;
        }
        lines.add("");
        lines.add("| Kafo method on the stack (inclusive; lambdas and container proxies left out) | share of those samples |");
        lines.add("|---|---|");
        Map<String, Integer> inclusive = new HashMap<>();
        for (List<String> stack : mine) {
            Set<String> kafo = new LinkedHashSet<>();
            for (String method : stack) {
                if (method.startsWith("org.kafo.") && !method.equals(within) && !synthetic(method)) {
                    kafo.add(method);
                }
            }
            kafo.forEach(m -> inclusive.merge(m, 1, Integer::sum));
        }
        ranked(inclusive, top).forEach(e -> lines.add("| `" + e.getKey() + "` | " + percent(e.getValue(), mine.size())
                + " |"));
        lines.add("");
        lines.add("| library the samples were in (innermost frame) | share |");
        lines.add("|---|---|");
        Map<String, Integer> libraries = new HashMap<>();
        for (List<String> stack : mine) {
            libraries.merge(stack.isEmpty() ? "(no Java frame)" : library(stack.get(0)), 1, Integer::sum);
        }
        ranked(libraries, top).forEach(e -> lines.add("| " + e.getKey() + " | " + percent(e.getValue(), mine.size())
                + " |"));
        lines.addAll(waits(within, top));
        return lines;
    }

    /** The long waits of the threads serving those requests, by what they waited for and where. */
    List<String> waits(String within, int top) {
        List<Wait> mine = waits.stream().filter(w -> w.stack().contains(within)).toList();
        List<String> lines = new ArrayList<>();
        lines.add("");
        if (mine.isEmpty()) {
            lines.add("No long wait (lock, file, socket) recorded on those requests.");
            return lines;
        }
        Map<String, long[]> byCause = new HashMap<>();
        for (Wait wait : mine) {
            String where = wait.stack().stream().filter(m -> !m.startsWith("java.") && !m.startsWith("jdk.")
                    && !m.startsWith("sun.")).findFirst().orElse("(JDK only)");
            long[] sum = byCause.computeIfAbsent(WAITS.get(wait.kind()) + " | `" + where + "`", k -> new long[2]);
            sum[0]++;
            sum[1] += wait.nanos();
        }
        lines.add("| long waits on those requests: what | innermost frame outside the JDK | events | total (ms) |");
        lines.add("|---|---|---|---|");
        byCause.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(top)
                .forEach(e -> lines.add("| " + e.getKey() + " | " + e.getValue()[0] + " | "
                        + String.format(Locale.ROOT, "%.0f", e.getValue()[1] / 1e6) + " |"));
        return lines;
    }

    /** Lambdas and the container's proxies: on the path, but not steps of Kafo's own. */
    static boolean synthetic(String method) {
        return method.contains("$$Lambda") || method.contains(".lambda$") || method.contains("$Proxy$")
                || method.endsWith("$$super");
    }

    /** The library of a method: its package's first three parts ({@code org.eclipse.persistence}, {@code java.util.HashMap} gives {@code java.util}). */
    static String library(String method) {
        String[] parts = method.split("\\.");
        int packageParts = 0;
        while (packageParts < parts.length - 2 && !Character.isUpperCase(parts[packageParts].charAt(0))) {
            packageParts++;
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 0, Math.min(3, packageParts)));
    }

    private static List<Map.Entry<String, Integer>> ranked(Map<String, Integer> counts, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).toList();
    }

    private static String percent(int count, int total) {
        return String.format(Locale.ROOT, "%.0f %%", 100.0 * count / total);
    }
}
