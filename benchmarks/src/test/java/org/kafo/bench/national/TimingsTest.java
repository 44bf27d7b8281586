package org.kafo.bench.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void min_median_p99_and_max_of_a_hundred_runs() {
        // given runs of 1 to 100 ms, in no order
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * 1_000_000).toArray();

        // when
        Timings timings = new Timings(nanos);

        // then
        assertThat(timings.min()).isEqualTo(1.0);
        assertThat(timings.median()).isEqualTo(50.5);
        assertThat(timings.p99()).isEqualTo(99.0);
        assertThat(timings.max()).isEqualTo(100.0);
        assertThat(timings.cells()).isEqualTo("100 | 1.0 | 50.5 | 99.0 | 100.0");
    }

    @Test
    void the_p99_of_few_runs_is_their_maximum() {
        assertThat(new Timings(new long[] {3_000_000, 1_000_000, 2_000_000}).p99()).isEqualTo(3.0);
        assertThat(new Timings(new long[] {3_000_000, 1_000_000, 2_000_000}).median()).isEqualTo(2.0);
    }

    @Test
    void no_run_is_no_timing() {
        assertThatThrownBy(() -> new Timings(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
