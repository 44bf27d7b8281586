package org.kafo.bench.load;

import java.util.Arrays;

/** Latencies in nanoseconds, and their percentiles by nearest rank over the sorted values. */
public final class Latencies {

    private long[] values = new long[4096];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public int count() {
        return size;
    }

    /** The values so far, sorted. */
    public long[] sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    /**
     * The nearest-rank percentile: the smallest value that at least {@code percent} percent of the
     * values do not exceed (the {@code ceil(percent / 100 * n)}-th smallest).
     *
     * @throws IllegalArgumentException if there is no value or {@code percent} is not in (0, 100]
     */
    public static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no value to take a percentile of");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100], was " + percent);
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
