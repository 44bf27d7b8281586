package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static long[] oneToHundred() {
        Latencies latencies = new Latencies();
        LongStream.rangeClosed(1, 100).map(i -> 101 - i).forEach(latencies::add);
        return latencies.sorted();
    }

    @Test
    void percentiles_of_one_to_a_hundred_are_their_rank() {
        long[] sorted = oneToHundred();
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100);
        assertThat(Latencies.percentile(sorted, 0.5)).isEqualTo(1);
    }

    @Test
    void the_nearest_rank_rounds_up_and_never_interpolates() {
        long[] sorted = {10, 20, 30};
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(20);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(30);
        assertThat(Latencies.percentile(sorted, 33)).isEqualTo(10);
        assertThat(Latencies.percentile(sorted, 34)).isEqualTo(20);
    }

    @Test
    void one_slow_request_in_a_hundred_is_not_the_p99_but_two_are() {
        Latencies latencies = new Latencies();
        LongStream.range(0, 99).forEach(i -> latencies.add(1));
        latencies.add(1_000);
        assertThat(Latencies.percentile(latencies.sorted(), 99)).isEqualTo(1);
        latencies.add(1_000);
        assertThat(Latencies.percentile(latencies.sorted(), 99)).isEqualTo(1_000);
    }

    @Test
    void it_grows_past_its_first_capacity() {
        Latencies latencies = new Latencies();
        LongStream.range(0, 10_000).forEach(latencies::add);
        assertThat(latencies.count()).isEqualTo(10_000);
        assertThat(Latencies.percentile(latencies.sorted(), 100)).isEqualTo(9_999);
    }

    @Test
    void no_value_or_a_percent_out_of_range_is_refused() {
        assertThatThrownBy(() -> Latencies.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
