package org.kafo.bench.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartReportTest {

    private static StartReport.Start start(String variant, double seconds) {
        return new StartReport.Start(variant, 1, seconds, Map.of("Payara Micro ready", (long) (seconds * 900)));
    }

    @Test
    void the_restart_is_judged_against_the_empty_war_on_medians() {
        List<String> lines = new StartReport(
                List.of(start(StartReport.EMPTY, 7), start(StartReport.EMPTY, 8), start(StartReport.EMPTY, 30)),
                List.of(start(StartReport.KAFO_RESTART, 10.4), start(StartReport.KAFO_RESTART, 9)),
                List.of(start(StartReport.KAFO_FIRST, 40))).markdown();

        assertThat(lines).contains("- Kafo's restart ≤ 1.3 × the empty WAR's start: **met** (9.70 s / 8.00 s = 1.21 ×,"
                + " medians)");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("| empty WAR | none | 3 | 7.00 / 8.00 / 30.00 |"));
        assertThat(lines).contains("| Payara Micro ready | 7200 | 8730 | 36000 |");
        assertThat(lines).contains("| demonstration data written | — | — | — |");
    }

    @Test
    void a_slower_restart_misses_the_target() {
        List<String> lines = new StartReport(List.of(start(StartReport.EMPTY, 10)),
                List.of(start(StartReport.KAFO_RESTART, 13.1)), List.of()).markdown();

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("**missed** (13.10 s / 10.00 s = 1.31 ×"));
    }
}
