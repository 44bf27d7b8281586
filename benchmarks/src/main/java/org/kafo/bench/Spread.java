package org.kafo.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * The least, middle and greatest of a few measurements: every part reports its runs so.
 *
 * @param min    the least
 * @param median the middle one (the mean of the two middle ones for an even count)
 * @param max    the greatest
 * @param count  how many
 */
public record Spread(double min, double median, double max, int count) {

    /** @throws IllegalArgumentException if there is no measurement */
    public static Spread of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurement");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(sorted[0], median, sorted[n - 1], n);
    }

    /** The machine's load average over the last minute, as {@code /proc/loadavg} gives it, or "unknown". */
    public static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public static Spread of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }
}
