package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static RunResult run(String scenario, int run, double throughput, double p99) {
        return new RunResult(scenario, run, 20, (long) (throughput * 20), 0, 0, throughput, p99 / 2, p99, p99 * 2,
                0.1, 1.5, 1.9);
    }

    @Test
    void shares_are_judged_on_the_medians_of_the_runs() {
        Report report = new Report(List.of(
                run("ping", 1, 900, 10), run("ping", 2, 1000, 10), run("ping", 3, 5000, 10),
                run("read", 1, 100, 10), run("read", 2, 500, 10), run("read", 3, 501, 10),
                run("write", 1, 249, 10), run("write", 2, 249, 10), run("write", 3, 1000, 10)));

        assertThat(report.targets()).anySatisfy(line -> assertThat(line)
                        .startsWith("- reading a framework: ≥ 50 % of the ping's throughput: **met**")
                        .contains("500 / 1000 req/s = 50.0 %"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("- adopting a plan: ≥ 25 % of the ping's throughput: **missed**")
                        .contains("249 / 1000 req/s = 24.9 %"));
    }

    @Test
    void the_p99_target_holds_only_when_every_run_is_under_it() {
        Report report = new Report(List.of(run("read", 1, 100, 12), run("read", 2, 100, 50), run("read", 3, 100, 3)));

        assertThat(report.targets()).contains(
                "- read: p99 < 50 ms in every run: **missed** (worst run 50.0 ms)");
    }

    @Test
    void a_p99_over_fewer_than_a_hundred_requests_says_it_is_the_slowest() {
        Report report = new Report(List.of(run("write", 1, 2, 80)));

        assertThat(report.targets()).contains("- write: p99 < 50 ms in every run: **missed** (worst run 80.0 ms;"
                + " a run of 40 requests: its p99 is its slowest request)");
    }

    @Test
    void the_load_generator_is_not_the_limit_while_it_takes_at_most_a_quarter_of_the_server_cpu() {
        assertThat(new Report(List.of(run("ping", 1, 100, 1))).targets())
                .contains("- the load generator is not the limit: at most 0.10 core in any run against up to 1.50 for"
                        + " the server");
        RunResult busy = new RunResult("ping", 1, 20, 10, 0, 0, 1, 1, 1, 1, 0.5, 1.5, 2.0);
        assertThat(new Report(List.of(busy)).targets())
                .contains("- the load generator's own CPU: at most 0.50 core in any run against up to 1.50 for the server");
    }

    @Test
    void the_table_gives_min_median_max_and_the_sums_of_the_counts() {
        Report report = new Report(List.of(run("ping", 1, 1000, 4), run("ping", 2, 3000, 8), run("ping", 3, 2000, 6)));

        assertThat(report.table()).hasSize(3).last().isEqualTo(
                "| ping | 1000 / 2000 / 3000 | 2.0 / 3.0 / 4.0 | 4.0 / 6.0 / 8.0 | 120000 | 0 | 0 | 0.10 / 1.50 / 1.90 |");
        assertThat(report.runs()).hasSize(5);
    }
}
