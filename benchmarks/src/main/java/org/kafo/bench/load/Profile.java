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

    /** Stack samples, each the methods from the innermost frame outwards, as {@code class.method}. */
    private final List<List<String>> samples;

    Profile(List<List<String>> samples) {
        this.samples = samples;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Profile FILE.jfr WITHIN_METHOD TOP");
            System.exit(2);
        }
        List<List<String>> samples = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                List<String> stack = new ArrayList<>();
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    if (frame.isJavaFrame()) {
                        stack.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                    }
                }
                samples.add(stack);
            }
        }
        new Profile(samples).markdown(args[1], Integer.parseInt(args[2])).forEach(System.out::println);
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
