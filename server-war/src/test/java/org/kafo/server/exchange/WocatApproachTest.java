package org.kafo.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WocatApproachTest {

    private static final WocatApproach WOCAT = new WocatApproach(Demo.RULES);

    @Test
    void dioro_s_record_reads_who_took_part_in_each_phase_from_its_history() {
        // given
        Dossier dioro = Demo.dioroDossier();

        // when
        byte[] json = WOCAT.write(dioro);
        Demo.keep("dioro-wocat.json", json);

        // then
        JsonObject record = read(json);
        assertThat(record.keySet()).containsExactly("qg_name", "qg_location", "app_qg_dates", "app_qg_description",
                "app_qg_aims", "app_qg_stakeholders", "app_qg_113", "app_qg_114", "app_qg_115", "app_qg_116",
                "app_qg_117", "app_qg_monitoring", "app_qg_financing");
        assertThat(first(record, "qg_name").getString("name_local")).isEqualTo("Cadre de concertation de Dioro");
        assertThat(first(record, "qg_name").getJsonObject("name").getString("fr"))
                .isEqualTo("Cadre de concertation entre la commune de Dioro et son secteur privé");
        assertThat(first(record, "qg_location").getString("country")).isEqualTo("country_MLI");
        assertThat(first(record, "qg_location").getString("commune_code")).isEqualTo("04060101");
        assertThat(first(record, "app_qg_dates").getString("date_established")).isEqualTo("2026-05-21");

        // the professional organisations identified needs, met, carried out and paid for actions, and sit on the committee
        assertThat(level(record, "app_qg_113")).isEqualTo("involvement_type_interactive");
        assertThat(level(record, "app_qg_114")).isEqualTo("involvement_type_interactive");
        assertThat(level(record, "app_qg_115")).isEqualTo("involvement_type_selfmobilization");
        assertThat(level(record, "app_qg_116")).isEqualTo("involvement_type_interactive");
        assertThat(level(record, "app_qg_117")).isEqualTo("involvement_type_none");
        assertThat(first(record, "app_qg_113").getJsonObject("app_involvement_comments").getString("fr"))
                .isEqualTo("2 organisations professionnelles sont membres ; 2 d'entre elles ont identifié 6 besoins"
                        + " (investissements, environnement des affaires, renforcement des capacités).");
        assertThat(first(record, "app_qg_115").getJsonObject("app_involvement_comments").getString("en"))
                .isEqualTo("5 actions in the plans, 1 of them carried out by professional organisations;"
                        + " 2 professional organisations delivered their contribution.");

        // the stakeholders by keyword
        var stakeholders = record.getJsonArray("app_qg_stakeholders");
        assertThat(stakeholders.stream().map(v -> v.asJsonObject().getString("stakeholder")).toList()).containsExactly(
                "stakeholder_localgov", "stakeholder_private", "stakeholder_specialist", "stakeholder_intorganization");
        assertThat(stakeholders.getJsonObject(1).getJsonArray("organisations").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList())
                .containsExactly("Coopérative des riziculteurs de Dioro", "Groupement des femmes maraîchères de Dioro");
        assertThat(stakeholders.getJsonObject(3).getJsonArray("organisations").toString()).contains("ANICT", "PACT");

        // the committee and the money, from the plans' contributions
        JsonObject monitoring = first(record, "app_qg_monitoring");
        assertThat(monitoring.getInt("reports_filed")).isEqualTo(2);
        assertThat(monitoring.getInt("mandate_revisions")).isEqualTo(2);
        assertThat(monitoring.getInt("obstacles_open")).isEqualTo(1);
        JsonObject financing = first(record, "app_qg_financing");
        assertThat(financing.getJsonNumber("estimated_cost").longValue()).isEqualTo(31_150_000L);
        assertThat(financing.getJsonNumber("pledged").longValue()).isEqualTo(31_150_000L);
        assertThat(financing.getJsonNumber("delivered").longValue()).isEqualTo(30_800_000L);
        assertThat(financing.getJsonObject("land_users_contribution").getJsonNumber("cash").longValue()).isEqualTo(100_000L);
        assertThat(financing.getJsonObject("land_users_contribution").getJsonNumber("in_kind").longValue())
                .isEqualTo(3_150_000L);
        var donors = financing.getJsonArray("by_stakeholder");
        assertThat(donors.stream().map(d -> d.asJsonObject().getString("stakeholder") + " "
                + d.asJsonObject().getJsonNumber("delivered") + " " + d.asJsonObject().getString("delivered_percent")))
                .containsExactly("stakeholder_intorganization 21300000 69.16", "stakeholder_localgov 6250000 20.29",
                        "stakeholder_private 3250000 10.55");
        assertThat(first(record, "app_qg_description").getJsonObject("description").getString("en"))
                .contains("(small-scale irrigation, market gardening)", "7 members today, 2 of them professional",
                        "identified 6 needs; 2 meetings were held and adopted 2 three-month action plans of 5 actions in all,"
                                + " 4 of them done");
    }

    @Test
    void a_framework_just_proposed_took_part_in_no_phase_yet_but_its_members_are_there() {
        Dossier proposed = Demo.proposed("Kéléya", "Coopérative des maraîchers & riziculteurs", "Cadre de Kéléya");

        JsonObject record = read(WOCAT.write(proposed));

        assertThat(level(record, "app_qg_113")).isEqualTo("involvement_type_passive");
        assertThat(level(record, "app_qg_114")).isEqualTo("involvement_type_none");
        assertThat(level(record, "app_qg_115")).isEqualTo("involvement_type_none");
        assertThat(level(record, "app_qg_116")).isEqualTo("involvement_type_none");
        assertThat(first(record, "app_qg_dates").containsKey("date_established")).isFalse();
        assertThat(first(record, "app_qg_monitoring").getJsonObject("comments").getString("fr"))
                .isEqualTo("Aucun comité de suivi n'est encore installé.");
        assertThat(first(record, "app_qg_financing").getJsonArray("by_stakeholder")).isEmpty();
        assertThat(record.getJsonArray("app_qg_stakeholders").getJsonObject(0).getString("stakeholder"))
                .isEqualTo("stakeholder_private");
    }

    @Test
    void the_words_of_the_formats_exist_in_french_and_in_english() throws IOException {
        assertThat(words("words_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(words("words.properties").stringPropertyNames());
        for (String keyword : List.of("stakeholder_localgov", "stakeholder_private", "stakeholder_specialist",
                "stakeholder_ngo", "stakeholder_intorganization")) {
            assertThat(words("words.properties").stringPropertyNames()).contains("wocat.role." + keyword);
        }
    }

    private static Properties words(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WocatApproach.class.getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static JsonObject read(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return reader.readObject();
        }
    }

    private static JsonObject first(JsonObject record, String group) {
        assertThat(record.getJsonArray(group)).as(group).hasSize(1);
        return record.getJsonArray(group).getJsonObject(0);
    }

    private static String level(JsonObject record, String group) {
        return first(record, group).getString("app_involvement_type");
    }
}
