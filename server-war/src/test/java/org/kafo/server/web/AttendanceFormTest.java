package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Sex;
import org.kafo.server.api.PersonValue;
import org.kafo.server.api.RecordAttendanceRequest.AttendeeValue;

class AttendanceFormTest {

    private final UUID mairie = UUID.randomUUID();
    private final UUID cooperative = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();
    private final List<UUID> invitees = List.of(mairie, cooperative, group);

    @Test
    void the_ticked_invitees_give_one_person_each_and_those_on_the_sheet_are_not_read_again() {
        // given the mairie already on the sheet, the group ticked with its representative, the cooperative not ticked
        MultivaluedMap<String, String> form = form(Map.of(
                "present-" + mairie, "on", "name-" + mairie, "Moussa Diarra", "sex-" + mairie, "MALE",
                "present-" + group, "on", "name-" + group, " Awa Traoré ", "sex-" + group, "FEMALE",
                "youth-" + group, "on",
                "name-" + cooperative, "Bakary Coulibaly", "sex-" + cooperative, "MALE"));
        FormInput in = new FormInput();

        // when
        AttendanceForm sheet = AttendanceForm.read(form, invitees, Set.of(mairie), in);

        // then
        assertThat(in.valid()).isTrue();
        assertThat(sheet.ticked()).containsExactlyInAnyOrder(mairie, group);
        assertThat(sheet.attendees()).containsExactly(
                new AttendeeValue(group, null, new PersonValue("Awa Traoré", Sex.FEMALE, true, null)));
        assertThat(sheet.nobodyNew()).isFalse();
    }

    @Test
    void a_ticked_invitee_without_a_name_or_a_sex_leaves_messages_beside_its_fields() {
        // given
        MultivaluedMap<String, String> form = form(Map.of("present-" + cooperative, "on", "name-" + cooperative, " ",
                "present-" + group, "on", "name-" + group, "Awa Traoré", "sex-" + group, "NEITHER"));
        FormInput in = new FormInput();

        // when
        AttendanceForm sheet = AttendanceForm.read(form, invitees, Set.of(), in);

        // then the boxes stay ticked for the form shown again, with a message beside each field
        assertThat(sheet.ticked()).containsExactlyInAnyOrder(cooperative, group);
        assertThat(sheet.attendees()).isEmpty();
        assertThat(in.errors()).containsOnlyKeys("name-" + cooperative, "sex-" + cooperative, "sex-" + group);
        assertThat(in.error("sex-" + group)).isEqualTo("form.choice-invalid");
        assertThat(SentForm.labelKey("name-" + cooperative)).isEqualTo("field.name");
        assertThat(SentForm.labelKey("attendedOn")).isEqualTo("field.attendedOn");
    }

    @Test
    void a_party_that_is_not_invited_is_not_read() {
        UUID stranger = UUID.randomUUID();
        AttendanceForm sheet = AttendanceForm.read(form(Map.of("present-" + stranger, "on", "name-" + stranger, "X",
                "sex-" + stranger, "MALE")), invitees, Set.of(), new FormInput());
        assertThat(sheet.ticked()).isEmpty();
        assertThat(sheet.nobodyNew()).isTrue();
    }

    private static MultivaluedMap<String, String> form(Map<String, String> fields) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        fields.forEach(form::add);
        return form;
    }
}
