package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kafo.server.exchange.IatiSchema;

/**
 * A framework's exchange formats over HTTP: the IATI activity that validates against the official
 * schema, the WOCAT record, the meetings' calendar (also with HTTP Basic, as a calendar application
 * subscribes), each with its media type and as a download; and the policy: anonymous 401, a framework
 * of another commune 404, a wrong language 400.
 */
class ExchangeIT extends DeployedKafo {

    @Test
    void a_framework_s_iati_wocat_and_calendar_come_with_their_media_types_and_the_iati_file_validates() throws Exception {
        // given a framework through its second plan
        Story story = new Story(team).secondPlanAdopted();
        String f = "frameworks/" + story.framework;

        // when the partner, who reads the framework, fetches its IATI activity
        Api.Reply iati = team.partner.get(f + "/iati.xml").expect(200);

        // then
        assertThat(iati.contentType()).startsWith("application/xml");
        assertThat(iati.header("Content-Disposition")).startsWith("attachment; filename=\"cadre-de-concertation-")
                .contains("-iati.xml\"; filename*=UTF-8''Cadre%20de%20concertation%20");
        assertThat(iati.header("Cache-Control")).contains("private", "no-store");
        IatiSchema.validate(iati.text().getBytes(StandardCharsets.UTF_8));
        assertThat(iati.text()).contains("<iati-identifier>XX-KAFO-" + story.framework + "</iati-identifier>",
                "<period-start iso-date=\"2008-04-10\"/>", "<period-start iso-date=\"2008-07-05\"/>",
                "Coopérative rizicole " + story.mark);

        // the WOCAT record
        Api.Reply wocat = team.cooperative.get(f + "/wocat.json").expect(200);
        assertThat(wocat.contentType()).startsWith("application/json");
        assertThat(wocat.header("Content-Disposition")).contains("-wocat.json\"");
        JsonObject record;
        try (JsonReader reader = Json.createReader(new StringReader(wocat.text()))) {
            record = reader.readObject();
        }
        assertThat(record.getJsonArray("qg_location").getJsonObject(0).getString("country")).isEqualTo("country_MLI");
        assertThat(record.getJsonArray("app_qg_114").getJsonObject(0).getString("app_involvement_type"))
                .isEqualTo("involvement_type_interactive");

        // the calendar, in the language asked for, and with a password as a calendar application sends it
        Api.Reply calendar = team.officer.get(f + "/meetings.ics?lang=en").expect(200);
        assertThat(calendar.contentType().replace(" ", "")).isEqualToIgnoringCase("text/calendar;charset=utf-8");
        assertThat(calendar.header("Content-Disposition")).contains(".ics\"");
        assertThat(calendar.text()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:meeting-" + story.meeting1 + "@kafo\r\n", "DTSTART;VALUE=DATE:20080410\r\n",
                        "SUMMARY:Meeting 1: Cadre de concertation " + story.mark);
        Api.Reply subscribed = team.anonymous.as(Api.basic(team.username("group"), Team.PASSWORD))
                .get(f + "/meetings.ics", "fr").expect(200);
        assertThat(subscribed.text()).contains("SUMMARY:Rencontre n° 1 : Cadre de concertation " + story.mark);
    }

    @Test
    void nobody_unknown_or_from_another_commune_gets_the_formats_and_a_wrong_language_is_refused() {
        // given a framework of the team's commune and one of another commune
        Story own = new Story(team).established();
        Story foreign = new Story(Team.other(deployment)).established();

        for (String format : new String[] {"iati.xml", "wocat.json", "meetings.ics"}) {
            String path = "frameworks/" + own.framework + "/" + format;
            // then anonymous 401, no role 404, another commune's framework 404, as problems
            assertThat(team.anonymous.get(path).expect(401).contentType()).startsWith(PROBLEM);
            assertThat(team.nobody.get(path).expect(404).contentType()).startsWith(PROBLEM);
            assertThat(team.officer.get("frameworks/" + foreign.framework + "/" + format).expect(404).contentType())
                    .startsWith(PROBLEM);
            assertThat(team.officer.get("frameworks/00000000-0000-4000-8000-000000000000/" + format).expect(404)
                    .contentType()).startsWith(PROBLEM);
            team.service.get(path).expect(200);
        }
        assertThat(team.officer.get("frameworks/" + own.framework + "/meetings.ics?lang=bm").expect(400).text())
                .contains("lang");
    }
}
