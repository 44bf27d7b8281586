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

    private static RunResult open(String scenario, double share, double intended, double p99) {
        return new RunResult(scenario, 1, 10, (long) (intended * 10), 0, 1, intended * 0.99, 1, p99, p99 * 3, 0.1, 1.5,
                1.9, p99 / 2, p99 * 2, intended, share);
    }

    private static RunResult wrk(String scenario, double throughput, double p99) {
        return new RunResult(scenario, 1, 10, (long) (throughput * 10), 2, 0, throughput, 1, p99, p99 * 4, -1, -1, -1,
                p99 / 2, p99 * 3, Double.NaN, Double.NaN);
    }

    @Test
    void the_p99_target_is_judged_at_the_highest_rate_of_the_open_loop_with_the_others_beside_it() {
        Report report = new Report(List.of(run("read", 1, 500, 10), open("read", 0.5, 250, 20),
                open("read", 0.8, 400, 60)), List.of(wrk("read", 480, 12)), List.of(), null, -1);

        assertThat(report.targets()).contains("- read: p99 < 50 ms at 80 % of its max throughput (open loop, 400.0 req/s"
                + " intended), in every run: **missed** (worst run 60.0 ms; at 50 %: 20.0 ms; closed loop: 10.0 ms;"
                + " wrk: 12.0 ms)");
        assertThat(report.openTable()).hasSize(4).contains(
                "| read | 50 % | 250.0 | 247.5 / 247.5 / 247.5 | 1.0 / 1.0 / 1.0 | 10.0 / 10.0 / 10.0"
                        + " | 20.0 / 20.0 / 20.0 | 40.0 / 40.0 / 40.0 | 60.0 | 2500 | 0 | 1 |");
    }

    @Test
    void every_share_of_the_ping_is_judged_and_met_only_when_wrk_s_ratio_meets_it_too() {
        Report report = new Report(List.of(run("ping", 1, 1000, 5), run("ping-token", 1, 850, 5),
                run("indicators", 1, 400, 5), run("cockpit", 1, 600, 5)),
                List.of(wrk("ping", 2000, 4), wrk("ping-token", 1500, 4)), List.of(), null, -1);

        assertThat(report.targets())
                .contains("- the ping with a Bearer token: ≥ 80 % of the ping's throughput: **missed** (850 / 1000"
                        + " req/s = 85.0 %, medians; wrk: 1500 / 2000 req/s = 75.0 %; met by the load generator only)")
                .contains("- a framework's indicators: ≥ 50 % of the ping's throughput: **missed** (400 / 1000 req/s"
                        + " = 40.0 %, medians)")
                .contains("- the cockpit page: ≥ 50 % of the ping's throughput: **met** (600 / 1000 req/s = 60.0 %,"
                        + " medians)");
    }

    @Test
    void wrk_s_figures_stand_beside_the_load_generator_s() {
        Report report = new Report(List.of(run("ping", 1, 1000, 8)), List.of(wrk("ping", 1100, 6)), List.of(), null, -1);

        assertThat(report.crossCheck()).hasSize(3).last().isEqualTo(
                "| ping | 1000 / 1100 | 1.10 | 4.0 / 1.0 | — / 3.0 | 8.0 / 6.0 | 18.0 / 24.0 | 1 | 11000 / 2 / 0 |");
        assertThat(report.runs()).anySatisfy(line -> assertThat(line).startsWith("| ping | wrk | 1 |"));
    }

    @Test
    void the_memory_after_each_scenario_comes_with_the_heap_bound() {
        Report report = new Report(List.of(run("ping", 1, 1000, 8)), List.of(),
                List.of(new Report.Memory("the start (before any load)", 600 * 1024), new Report.Memory("ping", 700 * 1024)),
                "512m", 750 * 1024);

        assertThat(report.memory()).containsExactly("| after | server's resident size (VmRSS, MiB) |", "|---|---|",
                "| the start (before any load) | 600 |", "| ping | 700 |", "",
                "Heap bound: `-Xmx512m`, as the README's run command sets it; the greatest resident size of the run"
                        + " (VmHWM): 750 MiB.");
    }
}
