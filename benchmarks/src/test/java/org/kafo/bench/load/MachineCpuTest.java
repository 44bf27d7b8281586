package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineCpuTest {

    @Test
    void busy_time_is_everything_but_idle_and_io_wait_and_guests_are_not_counted_twice() {
        assertThat(MachineCpu.busyTicks("cpu  100 2 30 5000 40 1 3 0 7 0")).isEqualTo(136);
    }

    @Test
    void another_line_is_refused() {
        assertThatThrownBy(() -> MachineCpu.busyTicks("cpu0 1 2 3 4")).isInstanceOf(IllegalArgumentException.class);
    }
}
