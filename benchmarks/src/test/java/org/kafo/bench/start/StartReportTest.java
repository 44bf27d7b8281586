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
    void the_extra_time_of_the_restart_is_split_into_phases() {
        Map<String, Long> empty = Map.of("Payara runtime up (HTTP listener bound)", 4000L,
                "WAR deployed (CDI beans, JAX-RS, health checks)", 6000L);
        Map<String, Long> kafo = Map.of("Payara runtime up (HTTP listener bound)", 4500L,
                "WAR deployed (CDI beans, JAX-RS, health checks)", 9500L, "Flyway connects", 9700L,
                "Flyway: schema up to date", 10200L, "Kafo's start-up done", 11000L);
        StartReport report = new StartReport(List.of(new StartReport.Start(StartReport.EMPTY, 1, 7, empty)),
                List.of(new StartReport.Start(StartReport.KAFO_RESTART, 1, 12, kafo)), List.of());

        assertThat(report.extra()).isEqualTo("Kafo's restart took 5.0 s more than the empty WAR's start (medians):"
                + " 0.5 s before Payara's runtime was up (no WAR involved yet), 3.0 s more to deploy (data source and"
                + " pool, CDI beans, JAX-RS resources, health checks), 1.5 s in Kafo's own start-up after deployment"
                + " (Flyway 0.5 s, then the persistence unit's first query and the check for demonstration data), and"
                + " 0.0 s from there to the first answer.");
    }

    @Test
    void a_slower_restart_misses_the_target() {
        List<String> lines = new StartReport(List.of(start(StartReport.EMPTY, 10)),
                List.of(start(StartReport.KAFO_RESTART, 13.1)), List.of()).markdown();

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("**missed** (13.10 s / 10.00 s = 1.31 ×"));
    }
}
