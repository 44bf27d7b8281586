package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kafo.model.meeting.MeetingStatus;

class FormInputTest {

    @Test
    void amounts_are_read_as_people_write_them_and_nothing_else() {
        FormInput form = new FormInput();
        assertThat(form.amount("a", "1 500 000", true)).isEqualTo(1_500_000L);
        assertThat(form.amount("b", "1\u202f500\u00a0000", true)).isEqualTo(1_500_000L);
        assertThat(form.amount("c", "1.500.000", true)).isEqualTo(1_500_000L);
        assertThat(form.amount("d", "1,500,000", true)).isEqualTo(1_500_000L);
        assertThat(form.valid()).isTrue();

        assertThat(form.amount("e", "-5", true)).isNull();
        assertThat(form.amount("f", "deux mille", true)).isNull();
        assertThat(form.amount("g", "9999999999999999", true)).isNull();
        assertThat(form.amount("h", " ", true)).isNull();
        assertThat(form.amount("i", "", false)).isNull();
        assertThat(form.errors()).containsOnlyKeys("e", "f", "g", "h");
        assertThat(form.error("h")).isEqualTo("form.required");
        assertThat(form.error("e")).isEqualTo("form.amount-invalid");
    }

    @Test
    void dates_choices_ids_and_texts_leave_a_message_under_their_field_when_unreadable() {
        FormInput form = new FormInput();
        assertThat(form.date("on", "2026-12-03", true)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(form.date("late", "31/02/2026", true)).isNull();
        assertThat(form.choice("status", "HELD", MeetingStatus.class, true)).isEqualTo(MeetingStatus.HELD);
        assertThat(form.choice("bad", "ELSEWHERE", MeetingStatus.class, true)).isNull();
        assertThat(form.id("who", "not-an-id", true)).isNull();
        assertThat(form.required("title", "  Forage  ")).isEqualTo("Forage");
        assertThat(form.required("empty", "   ")).isNull();
        assertThat(form.number("count", "0", 1, true)).isNull();
        assertThat(FormInput.optional("  ")).isNull();

        assertThat(form.valid()).isFalse();
        assertThat(form.errors()).containsEntry("late", "form.date-invalid").containsEntry("bad", "form.choice-invalid")
                .containsEntry("who", "form.choice-invalid").containsEntry("empty", "form.required")
                .containsEntry("count", "form.number-invalid").doesNotContainKeys("on", "status", "title");
    }
}
