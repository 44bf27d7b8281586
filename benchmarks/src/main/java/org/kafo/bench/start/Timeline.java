package org.kafo.bench.start;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a start reached its milestones, from Payara's log: each record carries {@code [timeMillis: N]};
 * a milestone is the first record whose text contains its mark, taken in milliseconds after launch.
 */
final class Timeline {

    /** A milestone of a start and the text that marks it in the log. */
    record Milestone(String name, String mark) {
    }

    /** From launch to the HTTP listener, the CDI container, the deployment, Flyway, the demonstration data, ready. */
    static final List<Milestone> MILESTONES = List.of(
            new Milestone("Payara runtime up (HTTP listener bound)", "startup time : Embedded"),
            new Milestone("deployment begins (data source defined)", "RAR8068"),
            new Milestone("CDI container (Weld) starts", "WELD-000900"),
            new Milestone("WAR deployed (CDI beans, JAX-RS, health checks)", "was successfully deployed in"),
            new Milestone("Flyway connects", "Database: jdbc"),
            new Milestone("Flyway: schema up to date", "Database schema up to date"),
            new Milestone("demonstration data written", "Demonstration data written in"),
            new Milestone("Kafo's start-up done", "Kafo is ready"),
            new Milestone("Payara Micro ready", "ready in"));

    private static final Pattern TIME = Pattern.compile("\\[timeMillis: (\\d+)]");

    private Timeline() {
    }

    /** Each milestone found, in milliseconds after {@code launchedAt} (epoch milliseconds), in the order given. */
    static Map<String, Long> of(List<String> log, long launchedAt, List<Milestone> milestones) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (Milestone milestone : milestones) {
            for (String line : log) {
                if (line.contains(milestone.mark())) {
                    OptionalLong at = time(line);
                    if (at.isPresent()) {
                        found.put(milestone.name(), at.getAsLong() - launchedAt);
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static OptionalLong time(String line) {
        Matcher matcher = TIME.matcher(line);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
