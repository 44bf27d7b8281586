package org.kafo.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.InvariantViolationException;

class PageTest {

    private final List<Integer> fortyTwo = IntStream.rangeClosed(1, 42).boxed().toList();

    @Test
    void the_first_page_of_twenty_is_the_default() {
        Page<Integer> page = Page.Request.at(null, null).of(fortyTwo, i -> i);
        assertThat(page.items()).hasSize(20).startsWith(1);
        assertThat(page.totalItems()).isEqualTo(42);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void the_last_page_holds_the_rest_and_a_page_past_it_is_empty() {
        assertThat(Page.Request.at(2, 20).of(fortyTwo, i -> i).items()).containsExactly(41, 42);
        assertThat(Page.Request.at(9, 20).of(fortyTwo, i -> i).items()).isEmpty();
    }

    @Test
    void a_size_over_the_maximum_or_a_negative_page_is_refused() {
        assertThatThrownBy(() -> Page.Request.at(0, 101)).isInstanceOf(InvariantViolationException.class);
        assertThatThrownBy(() -> Page.Request.at(0, 0)).isInstanceOf(InvariantViolationException.class);
        assertThatThrownBy(() -> Page.Request.at(-1, null)).isInstanceOf(InvariantViolationException.class);
    }
}
