package org.kafo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void three_runs_give_their_smallest_middle_and_largest() {
        assertThat(Spread.of(List.of(30.0, 10.0, 20.0))).isEqualTo(new Spread(10, 20, 30, 3));
    }

    @Test
    void an_even_count_has_the_mean_of_the_middle_two_as_median() {
        assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    }

    @Test
    void one_run_is_its_own_spread_and_none_is_refused() {
        assertThat(Spread.of(List.of(7.0))).isEqualTo(new Spread(7, 7, 7, 1));
        assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
