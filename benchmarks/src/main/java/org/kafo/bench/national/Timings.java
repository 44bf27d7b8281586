package org.kafo.bench.national;

import java.util.Arrays;
import java.util.Locale;

/**
 * Durations of repeated runs: min, median, p99 (nearest rank) and max, in milliseconds.
 *
 * @param nanos every run's duration, in the order they ran
 */
record Timings(long[] nanos) {

    Timings {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no run to report");
        }
        nanos = nanos.clone();
    }

    private long[] sorted() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    double min() {
        return ms(sorted()[0]);
    }

    double median() {
        long[] s = sorted();
        return s.length % 2 == 1 ? ms(s[s.length / 2]) : (ms(s[s.length / 2 - 1]) + ms(s[s.length / 2])) / 2;
    }

    /** The smallest duration that at least 99 % of the runs did not exceed. */
    double p99() {
        long[] s = sorted();
        int rank = (int) Math.ceil(0.99 * s.length);
        return ms(s[Math.max(0, rank - 1)]);
    }

    double max() {
        long[] s = sorted();
        return ms(s[s.length - 1]);
    }

    int runs() {
        return nanos.length;
    }

    /** {@code | runs | min | median | p99 | max |} cells, milliseconds with one decimal. */
    String cells() {
        return String.format(Locale.ROOT, "%d | %.1f | %.1f | %.1f | %.1f", runs(), min(), median(), p99(), max());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
