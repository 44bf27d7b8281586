package org.kafo.bench.start;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The starts as Markdown: launch to first 200 per WAR, Kafo's ratio to the empty WAR, and when each milestone came. */
final class StartReport {

    static final String EMPTY = "empty WAR";
    static final String KAFO_RESTART = "Kafo, restart";
    static final String KAFO_FIRST = "Kafo, first start";

    /** Kafo's restart takes at most 1.3 times the empty WAR's start. */
    static final double TARGET_RATIO = 1.3;

    /** One start: launch to first 200, and its milestones in milliseconds after launch. */
    record Start(String variant, int run, double seconds, Map<String, Long> milestones) {
    }

    private final List<Start> empty;
    private final List<Start> restart;
    private final List<Start> first;

    StartReport(List<Start> empty, List<Start> restart, List<Start> first) {
        this.empty = List.copyOf(empty);
        this.restart = List.copyOf(restart);
        this.first = List.copyOf(first);
    }

    List<String> markdown() {
        double base = median(seconds(empty));
        List<String> lines = new ArrayList<>();
        lines.add("| WAR | database | starts | launch → first 200 (s): min / median / max | median / empty WAR's |");
        lines.add("|---|---|---|---|---|");
        lines.add(row(EMPTY, "none", empty, base));
        lines.add(row(KAFO_RESTART, "H2, existing (the demonstration data written before)", restart, base));
        lines.add(row(KAFO_FIRST, "H2, new: the demonstration data written at start", first, base));
        lines.add("");
        double ratio = median(seconds(restart)) / base;
        lines.add("- Kafo's restart ≤ " + format("%.1f", TARGET_RATIO) + " × the empty WAR's start: "
                + (ratio <= TARGET_RATIO ? "**met**" : "**missed**") + " (" + format("%.2f", median(seconds(restart)))
                + " s / " + format("%.2f", base) + " s = " + format("%.2f", ratio) + " ×, medians)");
        if (!first.isEmpty()) {
            lines.add("- Kafo's first start, writing the demonstration data (not the target's comparison, a one-time"
                    + " cost): " + format("%.2f", median(seconds(first)) / base) + " × the empty WAR's");
        }
        lines.add("");
        lines.add("Where the time goes (ms after launch, from Payara's log, median over the starts; — where the WAR"
                + " has no such step):");
        lines.add("");
        lines.add("| milestone | " + EMPTY + " | " + KAFO_RESTART + " | " + KAFO_FIRST + " |");
        lines.add("|---|---|---|---|");
        for (Timeline.Milestone milestone : Timeline.MILESTONES) {
            lines.add("| " + milestone.name() + " | " + at(empty, milestone) + " | " + at(restart, milestone) + " | "
                    + at(first, milestone) + " |");
        }
        lines.add("| first 200 on `/api/ping` (measured) | " + ms(empty) + " | " + ms(restart) + " | " + ms(first) + " |");
        lines.add("");
        lines.add(extra());
        return lines;
    }

    /** Where Kafo's restart spends its time beyond the empty WAR's, phase by phase (medians). */
    String extra() {
        String up = Timeline.MILESTONES.get(0).name();
        String deployed = Timeline.MILESTONES.get(3).name();
        String flywayFrom = Timeline.MILESTONES.get(4).name();
        String flywayTo = Timeline.MILESTONES.get(5).name();
        String kafoDone = Timeline.MILESTONES.get(7).name();
        double total = median(seconds(restart)) - median(seconds(empty));
        double runtime = median(restart, up) - median(empty, up);
        double deployment = (median(restart, deployed) - median(restart, up)) - (median(empty, deployed) - median(empty, up));
        double flyway = median(restart, flywayTo) - median(restart, flywayFrom);
        double startup = median(restart, kafoDone) - median(restart, deployed);
        double rest = total - runtime - deployment - startup;
        return "Kafo's restart took " + format("%.1f", total) + " s more than the empty WAR's start (medians): "
                + format("%.1f", runtime) + " s before Payara's runtime was up (no WAR involved yet), "
                + format("%.1f", deployment) + " s more to deploy (data source and pool, CDI beans, JAX-RS"
                + " resources, health checks), " + format("%.1f", startup) + " s in Kafo's own start-up after"
                + " deployment (Flyway " + format("%.1f", flyway) + " s, then the persistence unit's first query and the"
                + " check for demonstration data), and " + format("%.1f", rest) + " s from there to the first answer.";
    }

    private static double median(List<Start> starts, String milestone) {
        double[] found = starts.stream().filter(s -> s.milestones().containsKey(milestone))
                .mapToDouble(s -> s.milestones().get(milestone)).toArray();
        return found.length == 0 ? Double.NaN : median(found) / 1000;
    }

    private static String row(String variant, String database, List<Start> starts, double base) {
        if (starts.isEmpty()) {
            return "| " + variant + " | " + database + " | 0 | | |";
        }
        double[] seconds = seconds(starts);
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return "| " + variant + " | " + database + " | " + starts.size() + " | " + format("%.2f", sorted[0]) + " / "
                + format("%.2f", median(seconds)) + " / " + format("%.2f", sorted[sorted.length - 1]) + " | "
                + format("%.2f", median(seconds) / base) + " × |";
    }

    private static String at(List<Start> starts, Timeline.Milestone milestone) {
        double[] found = starts.stream().filter(s -> s.milestones().containsKey(milestone.name()))
                .mapToDouble(s -> s.milestones().get(milestone.name())).toArray();
        return found.length == 0 ? "—" : format("%.0f", median(found));
    }

    private static String ms(List<Start> starts) {
        return starts.isEmpty() ? "—" : format("%.0f", median(seconds(starts)) * 1000);
    }

    private static double[] seconds(List<Start> starts) {
        return starts.stream().mapToDouble(Start::seconds).toArray();
    }

    /** The median; the mean of the middle two for an even count. */
    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
