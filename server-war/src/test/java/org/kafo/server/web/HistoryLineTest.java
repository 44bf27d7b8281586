package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.server.access.Permission;
import org.kafo.server.access.Role;
import org.kafo.server.api.HistoryEntryView;

class HistoryLineTest {

    private static final Texts FRENCH = new Texts(Locale.FRENCH);
    private static final Texts ENGLISH = new Texts(Locale.ENGLISH);
    private static final Map<String, String> NAMES = Map.of("dioro.mairie", "Mairie de Dioro", "it.new", "Awa Traoré");

    private static HistoryEntryView entry(String operation, String events, String account) {
        return new HistoryEntryView(42, OffsetDateTime.of(2008, 4, 10, 10, 15, 30, 0, ZoneOffset.UTC), "dioro.mairie",
                operation, "POST", "/frameworks/x/plans", null,
                Json.createReader(new java.io.StringReader(events)).readValue(),
                new HistoryEntryView.AggregateRef("action-plan", UUID.randomUUID(), 1), account);
    }

    @Test
    void a_command_reads_as_its_operation_when_and_by_whom_in_the_page_language() {
        HistoryEntryView adopted = entry("adopt-plan", "[{\"type\": \"action-plan.adopted\", \"facts\": {}}]", null);

        HistoryLine french = HistoryLine.of(adopted, FRENCH, u -> NAMES.getOrDefault(u, u));
        HistoryLine english = HistoryLine.of(adopted, ENGLISH, u -> NAMES.getOrDefault(u, u));

        assertThat(french).isEqualTo(new HistoryLine(42, "10 avril 2008, 10:15", "Mairie de Dioro", "dioro.mairie",
                "Adoption d'un plan d'action", ""));
        assertThat(english.what()).isEqualTo("Action plan adopted");
        assertThat(english.when()).isEqualTo("April 10, 2008, 10:15");
    }

    @Test
    void a_role_given_says_to_whom_and_which_role() {
        HistoryEntryView granted = entry("manage-accounts", """
                [{"type": "access.granted", "facts": {"username": "it.new", "role": "COMMITTEE_MEMBER"}}]""", "it.new");

        HistoryLine line = HistoryLine.of(granted, FRENCH, u -> NAMES.getOrDefault(u, u));

        assertThat(line.what()).isEqualTo("Rôle attribué");
        assertThat(line.about()).isEqualTo("Awa Traoré · Membre du comité de suivi");
    }

    @Test
    void an_account_entry_without_facts_names_its_account_and_an_entry_without_events_its_operation() {
        HistoryLine disabled = HistoryLine.of(entry("manage-accounts", "[{\"type\": \"account.disabled\"}]", "someone"),
                ENGLISH, u -> u);
        HistoryLine bare = HistoryLine.of(entry("record-need", "[]", null), ENGLISH, u -> u);

        assertThat(disabled.what()).isEqualTo("Account disabled");
        assertThat(disabled.about()).isEqualTo("someone");
        assertThat(bare.what()).isEqualTo("Need recorded");
    }

    @Test
    void every_operation_every_role_and_every_account_event_has_its_words_in_both_languages() {
        for (Texts t : new Texts[] {FRENCH, ENGLISH}) {
            for (Permission operation : Permission.values()) {
                assertThat(t.get("history.op." + operation.label())).doesNotStartWith("??");
            }
            for (Role role : Role.values()) {
                assertThat(t.get("role." + role.name())).doesNotStartWith("??");
            }
            for (String event : new String[] {"access.granted", "access.revoked", "account.created",
                    "account.password-reset", "account.password-changed", "account.disabled", "account.enabled"}) {
                assertThat(HistoryLine.aboutAnAccount(event)).isTrue();
                assertThat(t.get("history.event." + event)).doesNotStartWith("??");
            }
        }
    }

    @Test
    void a_change_imported_from_a_sheet_names_its_file_and_row() {
        HistoryEntryView imported = new HistoryEntryView(43, OffsetDateTime.of(2008, 7, 5, 9, 0, 0, 0, ZoneOffset.UTC),
                "dioro.mairie", "record-attendance", "POST", "/meetings/x/attendance-import",
                Json.createObjectBuilder().add("import", UUID.randomUUID().toString()).add("file", "presences.xlsx")
                        .add("sha256", "9f86").add("row", 3).build(),
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "meeting.attendance-recorded")).build(),
                new HistoryEntryView.AggregateRef("meeting", UUID.randomUUID(), 2), null);

        assertThat(HistoryLine.of(imported, FRENCH, u -> u).about()).isEqualTo("Importé de presences.xlsx, ligne 3");
        assertThat(HistoryLine.of(imported, ENGLISH, u -> u).about()).isEqualTo("Imported from presences.xlsx, row 3");
        assertThat(HistoryLine.of(entry("record-need", "[]", null), FRENCH, u -> u).about()).isEmpty();
    }
}
