package org.kafo.bench.load;

/**
 * When the requests of an open loop are meant to leave: {@code rate} requests per second spread evenly
 * over {@code connections}, connection {@code w} sending the requests {@code w}, {@code w + connections},
 * {@code w + 2 connections}... of one evenly spaced sequence. A request's latency counts from its
 * intended time, so a stall of the server delays every request meant to leave during it, as it would
 * delay users who do not wait for each other (no coordinated omission).
 *
 * @param start        the first request's intended time, in {@link System#nanoTime()} nanoseconds
 * @param rate         requests per second, all connections together
 * @param connections  how many connections share the sequence
 */
record Schedule(long start, double rate, int connections) {

    Schedule {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("a rate is positive, was " + rate);
        }
        if (connections < 1) {
            throw new IllegalArgumentException("at least one connection, was " + connections);
        }
    }

    /** The intended time of the {@code k}-th request (from 0) of connection {@code worker}. */
    long intended(int worker, long k) {
        return start + nanos(k * connections + worker);
    }

    /** The time from the start to the {@code n}-th request of the whole sequence (from 0). */
    long nanos(long n) {
        return Math.round(n * 1e9 / rate);
    }
}
