package org.kafo.bench.load;

import org.HdrHistogram.Histogram;

/**
 * One measured run of one scenario, in a closed loop (as many requests as the connections allow) or an
 * open one (requests sent at a fixed intended rate, latencies from their intended send times).
 *
 * @param seconds        the time the throughput is over: the run's length, or for the writes the time
 *                       their rounds spent adopting
 * @param throughput     accepted requests per second over {@code seconds}: in an open loop, the rate achieved
 * @param p50            median latency of the accepted requests, in milliseconds
 * @param p99            their 99th percentile, in milliseconds
 * @param max            the slowest, in milliseconds
 * @param loadCpu        the load generator's CPU time over the run, in cores (1.0 = one core busy)
 * @param serverCpu      the server's, in cores; negative when not sampled
 * @param machineCpu     every process's on the machine, in cores; negative when not sampled
 * @param p90            the 90th percentile, in milliseconds
 * @param p999           the 99.9th percentile, in milliseconds
 * @param intended       the open loop's intended rate in requests per second; NaN for a closed loop
 * @param fraction       the share of the scenario's closed-loop throughput that rate is; NaN for a closed loop
 */
public record RunResult(String scenario, int run, double seconds, long accepted, long refused, long errors,
        double throughput, double p50, double p99, double max, double loadCpu, double serverCpu, double machineCpu,
        double p90, double p999, double intended, double fraction) {

    /** A closed-loop run whose 90th and 99.9th percentiles are not known. */
    public RunResult(String scenario, int run, double seconds, long accepted, long refused, long errors,
            double throughput, double p50, double p99, double max, double loadCpu, double serverCpu, double machineCpu) {
        this(scenario, run, seconds, accepted, refused, errors, throughput, p50, p99, max, loadCpu, serverCpu, machineCpu,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * A run from its counts and the accepted requests' latencies (nanoseconds): the percentiles are
     * HdrHistogram's (the highest value equivalent to the one at that rank); NaN without any latency.
     */
    static RunResult of(String scenario, int run, double seconds, long accepted, long refused, long errors,
            Histogram latencies, double loadCpu, double serverCpu, double machineCpu, double intended, double fraction) {
        boolean any = latencies.getTotalCount() > 0;
        return new RunResult(scenario, run, seconds, accepted, refused, errors, seconds > 0 ? accepted / seconds : 0,
                ms(latencies, 50, any), ms(latencies, 99, any), any ? latencies.getMaxValue() / 1e6 : Double.NaN,
                loadCpu, serverCpu, machineCpu, ms(latencies, 90, any), ms(latencies, 99.9, any), intended, fraction);
    }

    private static double ms(Histogram latencies, double percentile, boolean any) {
        return any ? latencies.getValueAtPercentile(percentile) / 1e6 : Double.NaN;
    }

    /** Whether the requests went out at a fixed rate (open loop). */
    public boolean open() {
        return !Double.isNaN(intended);
    }
}
