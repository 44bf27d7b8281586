package org.kafo.bench.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final List<Timeline.Milestone> MILESTONES = List.of(
            new Timeline.Milestone("deployed", "was successfully deployed in"),
            new Timeline.Milestone("data", "Demonstration data written in"),
            new Timeline.Milestone("ready", "ready in"));

    @Test
    void each_milestone_is_its_first_timed_record_after_launch() {
        List<String> log = List.of(
                "Payara Micro Runtime directory is located at /tmp/x",
                "[2026-11-27T22:43:22.700+0000] [] [INFO] [] [timeMillis: 1000500] [levelValue: 800] kafo was successfully deployed in 7,431 milliseconds.",
                "  a continuation line: was successfully deployed in (no time of its own)",
                "[2026-11-27T22:43:24.700+0000] [] [INFO] [] [timeMillis: 1002500] [levelValue: 800] kafo was successfully deployed in 1 milliseconds.",
                "[2026-11-27T22:43:30.200+0000] [] [INFO] [] [timeMillis: 1008000] [levelValue: 800] Payara Micro 7.2026.11 (build 19) ready in 8,000 (ms)");

        Map<String, Long> timeline = Timeline.of(log, 1_000_000, MILESTONES);

        assertThat(timeline).containsExactly(Map.entry("deployed", 500L), Map.entry("ready", 8000L));
    }

    @Test
    void a_mark_found_only_in_untimed_lines_is_not_a_milestone() {
        assertThat(Timeline.of(List.of("Demonstration data written in 14 s"), 0, MILESTONES)).isEmpty();
    }
}
