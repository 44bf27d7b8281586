package org.kafo.bench.load;

import org.HdrHistogram.Histogram;

/**
 * What the workers counted during one measured run; shared by them, hence synchronized. Latencies go
 * into an HdrHistogram (nanoseconds, three significant digits, growing as needed).
 */
final class Tally {

    private final Histogram latencies = new Histogram(3);
    private long accepted;
    private long refused;
    private long errors;
    private long busyNanos;
    private long rounds;

    /** An accepted request and its latency. */
    synchronized void accept(long nanos) {
        accepted++;
        latencies.recordValue(Math.max(1, nanos));
    }

    /** A request the server answered with a refusal (the rules', or a stale version). */
    synchronized void refuse() {
        refused++;
    }

    /** A request that failed: an unexpected status, or no answer. */
    synchronized void fail() {
        errors++;
    }

    /** A phase of timed requests only (the adoptions of one round), for their throughput. */
    synchronized void phase(long nanos) {
        busyNanos += nanos;
        rounds++;
    }

    synchronized long accepted() {
        return accepted;
    }

    synchronized long refused() {
        return refused;
    }

    synchronized long errors() {
        return errors;
    }

    synchronized long busyNanos() {
        return busyNanos;
    }

    synchronized long rounds() {
        return rounds;
    }

    /** A copy of the accepted requests' latencies. */
    synchronized Histogram latencies() {
        return latencies.copy();
    }
}
