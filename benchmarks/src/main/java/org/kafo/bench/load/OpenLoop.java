package org.kafo.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * An open loop: requests leave at the intended times of a {@link Schedule}, whatever the answers. Each
 * connection keeps one request in flight; when an answer comes after the next request's intended time,
 * that request leaves at once and its latency still counts from its intended time (the wait in the
 * load generator is part of what a user would have waited). Answers are counted as {@link Outcomes} say.
 */
final class OpenLoop implements Workload {

    /** One connection's requests. */
    interface Connection extends AutoCloseable {

        /** Sends the {@code k}-th request of this connection and answers its HTTP status. */
        int send(long k) throws IOException;

        @Override
        default void close() {
        }
    }

    /** Opens connection {@code worker}. */
    @FunctionalInterface
    interface Connections {
        Connection open(int worker);
    }

    /** The time, replaceable in tests. */
    interface Clock {

        long now();

        void sleepUntil(long nanos) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long now() {
                return System.nanoTime();
            }

            @Override
            public void sleepUntil(long nanos) throws InterruptedException {
                for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
                    LockSupport.parkNanos(left);
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
        };
    }

    private final int connections;
    private final double rate;
    private final Connections connect;
    private final Clock clock;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean stopped;

    OpenLoop(int connections, double rate, Connections connect, Clock clock) {
        this.connections = connections;
        this.rate = rate;
        this.connect = connect;
        this.clock = clock;
    }

    @Override
    public void start(Supplier<Tally> tally) {
        Schedule schedule = new Schedule(clock.now(), rate, connections);
        for (int i = 0; i < connections; i++) {
            int worker = i;
            Thread thread = new Thread(() -> work(schedule, worker, tally, Long.MAX_VALUE), "open-" + i);
            workers.add(thread);
            thread.start();
        }
    }

    /** Connection {@code worker}'s first {@code limit} requests of {@code schedule}, or until stopped. */
    void work(Schedule schedule, int worker, Supplier<Tally> tally, long limit) {
        try (Connection connection = connect.open(worker)) {
            for (long k = 0; k < limit && !stopped; k++) {
                long intended = schedule.intended(worker, k);
                clock.sleepUntil(intended);
                Tally current = tally.get();
                try {
                    int status = connection.send(k);
                    long latency = clock.now() - intended;
                    if (current != null) {
                        Outcomes.count(current, status, latency);
                    }
                } catch (IOException e) {
                    if (current != null) {
                        current.fail();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        stopped = true;
        for (Thread worker : workers) {
            worker.interrupt();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }
}
