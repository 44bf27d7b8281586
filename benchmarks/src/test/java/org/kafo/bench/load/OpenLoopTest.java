package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    private static final long MS = 1_000_000;

    /** A clock that only moves when asked: sleeping, or a request taking its time. */
    private static final class FakeClock implements OpenLoop.Clock {
        long now;

        @Override
        public long now() {
            return now;
        }

        @Override
        public void sleepUntil(long nanos) {
            now = Math.max(now, nanos);
        }
    }

    @Test
    void the_connections_share_one_evenly_spaced_sequence() {
        Schedule schedule = new Schedule(1_000, 100, 4);

        assertThat(List.of(schedule.intended(0, 0), schedule.intended(1, 0), schedule.intended(3, 0),
                schedule.intended(0, 1), schedule.intended(2, 5)))
                .containsExactly(1_000L, 1_000 + 10 * MS, 1_000 + 30 * MS, 1_000 + 40 * MS, 1_000 + 220 * MS);
    }

    @Test
    void a_rate_is_positive_and_there_is_a_connection() {
        assertThatThrownBy(() -> new Schedule(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(0, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requests_leave_at_their_intended_times_when_the_server_keeps_up() {
        FakeClock clock = new FakeClock();
        List<Long> sent = new ArrayList<>();
        Tally tally = new Tally();
        OpenLoop loop = new OpenLoop(1, 100, worker -> k -> {
            sent.add(clock.now);
            clock.now += MS;
            return 200;
        }, clock);

        loop.work(new Schedule(0, 100, 1), 0, () -> tally, 5);

        assertThat(sent).containsExactly(0L, 10 * MS, 20 * MS, 30 * MS, 40 * MS);
        assertThat(tally.accepted()).isEqualTo(5);
        assertThat(tally.latencies().getMaxValue()).isBetween(MS, MS + MS / 100);
    }

    /**
     * 100 requests a second on one connection, each answered in 1 ms but the 10th in 200 ms: the 22
     * requests meant to leave during the stall leave late, and their latencies count from their intended
     * times (191, 182, ... ms), where a closed loop would have timed one slow request and 99 fast ones.
     */
    @Test
    void a_stall_delays_every_request_meant_to_leave_during_it() {
        FakeClock clock = new FakeClock();
        List<Long> sent = new ArrayList<>();
        Tally tally = new Tally();
        OpenLoop loop = new OpenLoop(1, 100, worker -> k -> {
            sent.add(clock.now);
            clock.now += k == 9 ? 200 * MS : MS;
            return 200;
        }, clock);

        loop.work(new Schedule(0, 100, 1), 0, () -> tally, 100);

        Histogram latencies = tally.latencies();
        assertThat(latencies.getTotalCount()).isEqualTo(100);
        assertThat(sent.get(10)).isEqualTo(290 * MS);
        assertThat(sent.get(11)).isEqualTo(291 * MS);
        assertThat(latencies.getMaxValue()).isBetween(200 * MS, 201 * MS);
        assertThat(latencies.getCountBetweenValues(100 * MS, 300 * MS)).isEqualTo(12);
        assertThat(latencies.getCountBetweenValues(2 * MS, 300 * MS)).isEqualTo(23);
        assertThat(latencies.getValueAtPercentile(90) / (double) MS).isGreaterThan(60);
        assertThat(latencies.getValueAtPercentile(50) / (double) MS).isLessThan(1.01);
    }

    @Test
    void refusals_and_failures_are_counted_apart_and_only_into_the_run_being_measured() {
        FakeClock clock = new FakeClock();
        Tally tally = new Tally();
        int[] statuses = {201, 422, 500, 200};
        OpenLoop loop = new OpenLoop(1, 10, worker -> k -> {
            clock.now += MS;
            if (k == 4) {
                throw new IOException("reset");
            }
            return statuses[(int) k % statuses.length];
        }, clock);

        loop.work(new Schedule(0, 10, 1), 0, () -> clock.now < 450 * MS ? tally : null, 7);

        assertThat(tally.accepted()).isEqualTo(2);
        assertThat(tally.refused()).isEqualTo(1);
        assertThat(tally.errors()).isEqualTo(2);
    }
}
