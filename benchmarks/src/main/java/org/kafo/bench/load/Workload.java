package org.kafo.bench.load;

import java.util.function.Supplier;

/** Workers keeping a fixed number of requests in flight, recording into the run being measured. */
interface Workload {

    /** Starts the workers; they record into what {@code tally} gives at the time (null: warm-up, not recorded). */
    void start(Supplier<Tally> tally);

    /** Stops the workers and waits for them. */
    void stop() throws InterruptedException;

    /** The time a run's throughput is over, in seconds: its length, unless the workload times phases. */
    default double seconds(Tally tally, long runNanos) {
        return runNanos / 1e9;
    }
}
