package org.kafo.bench.load;

/**
 * One measured run of one scenario.
 *
 * @param seconds        the time the throughput is over: the run's length, or for the writes the time
 *                       their rounds spent adopting
 * @param throughput     accepted requests per second over {@code seconds}
 * @param p50            median latency of the accepted requests, in milliseconds
 * @param p99            their 99th percentile, in milliseconds
 * @param max            the slowest, in milliseconds
 * @param loadCpu        the load generator's CPU time over the run, in cores (1.0 = one core busy)
 * @param serverCpu      the server's, in cores; negative when not sampled
 * @param machineCpu     every process's on the machine, in cores; negative when not sampled
 */
public record RunResult(String scenario, int run, double seconds, long accepted, long refused, long errors,
        double throughput, double p50, double p99, double max, double loadCpu, double serverCpu, double machineCpu) {
}
