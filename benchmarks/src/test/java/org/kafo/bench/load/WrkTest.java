package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrkTest {

    private static final String OUTPUT = """
            Running 5s test @ http://127.0.0.1:8291/
              2 threads and 10 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     5.01ms    2.00ms  40.00ms   90.00%
              Latency Distribution
                 50%    4.00ms
                 99%   40.00ms
              1000 requests in 5.00s, 1.00MB read
              Non-2xx or 3xx responses: 3
            Requests/sec:    200.00
            kafo-wrk summary 5000000 1000 3 2
            kafo-wrk latency 4000 989
            kafo-wrk latency 20000 10
            kafo-wrk latency 40000 1
            """;

    @Test
    void the_summary_and_every_latency_are_read_from_the_lines_of_the_script() throws IOException {
        Wrk.Output out = Wrk.parse(OUTPUT);

        assertThat(out.seconds()).isEqualTo(5.0);
        assertThat(out.requests()).isEqualTo(1000);
        assertThat(out.statusErrors()).isEqualTo(3);
        assertThat(out.socketErrors()).isEqualTo(2);
        assertThat(out.latencies().getTotalCount()).isEqualTo(1000);
        assertThat(out.latencies().getValueAtPercentile(50) / 1e6).isBetween(4.0, 4.01);
        assertThat(out.latencies().getValueAtPercentile(99.5) / 1e6).isBetween(20.0, 20.02);
        assertThat(out.latencies().getMaxValue() / 1e6).isBetween(40.0, 40.04);
    }

    @Test
    void a_run_counts_the_answers_out_of_2xx_and_3xx_apart() throws IOException {
        RunResult run = LoadMain.wrkResult("read", 1, Wrk.parse(OUTPUT), 0);

        assertThat(run.accepted()).isEqualTo(997);
        assertThat(run.refused()).isEqualTo(3);
        assertThat(run.errors()).isEqualTo(2);
        assertThat(run.throughput()).isEqualTo(997 / 5.0);
        assertThat(run.open()).isFalse();
    }

    @Test
    void the_writes_throughput_is_the_connections_over_the_mean_latency() throws IOException {
        RunResult run = LoadMain.wrkResult("write", 1, Wrk.parse("kafo-wrk summary 2000000 20 0 0\n"
                + "kafo-wrk latency 200000 20\n"), 10);

        assertThat(run.seconds()).isBetween(0.399, 0.401);
        assertThat(run.throughput()).isBetween(49.9, 50.1);
    }

    @Test
    void an_output_without_the_summary_is_refused() {
        assertThatThrownBy(() -> Wrk.parse("unable to connect to 127.0.0.1:8291 Connection refused"))
                .isInstanceOf(IOException.class).hasMessageContaining("no summary");
    }

    @Test
    void the_scripts_hold_the_paths_and_bodies_as_long_strings() {
        assertThat(Wrk.getScript(List.of("/api/frameworks/a", "/api/frameworks/b")))
                .contains("local paths = {[=[/api/frameworks/a]=], [=[/api/frameworks/b]=], }")
                .contains("function done(summary, latency, requests)");
        assertThat(Wrk.postScript(List.of(new Wrk.Post("/api/frameworks/a/plans", "{\"x\":[[1]]}"))))
                .contains("{[=[/api/frameworks/a/plans]=], [=[{\"x\":[[1]]}]=]}")
                .contains("wrk.thread:stop()").contains("answer %d %s\\n\"");
        assertThat(Wrk.lua("a]=]b")).isEqualTo("[==[a]=]b]==]");
    }
}
