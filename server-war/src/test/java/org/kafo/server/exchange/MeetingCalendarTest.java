package org.kafo.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kafo.demo.PactMaliDataset;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.process.ConsultationProcess;

class MeetingCalendarTest {

    private static final MeetingCalendar CALENDAR = new MeetingCalendar(Demo.RULES);

    @Test
    void a_text_value_escapes_backslash_semicolon_comma_and_line_ends() {
        assertThat(ContentLines.escape("a\\b;c,d\ne\r\nf\rg\u0007h\ti"))
                .isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
    }

    @Test
    void a_long_line_folds_at_75_octets_never_inside_a_character() {
        // 12 octets of name, then é (2 octets each): 31 of them fill 74 octets, the 32nd would pass 75
        String line = "DESCRIPTION:" + "é".repeat(40);

        String folded = ContentLines.fold(line);

        assertThat(folded).isEqualTo("DESCRIPTION:" + "é".repeat(31) + "\r\n " + "é".repeat(9) + "\r\n");
    }

    @Test
    void folding_keeps_four_octet_characters_whole_and_every_physical_line_within_75_octets() throws Exception {
        String line = "SUMMARY:" + "Rencontre 🌾 à Dioro, ".repeat(12) + "x".repeat(67);

        String folded = ContentLines.fold(line);

        for (String physical : folded.split("\r\n")) {
            byte[] octets = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(physical).isLessThanOrEqualTo(75);
            strictUtf8(octets);
        }
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
        assertThat(ContentLines.fold("X:" + "a".repeat(73))).doesNotContain("\r\n ");
        assertThat(ContentLines.fold("X:" + "a".repeat(74))).isEqualTo("X:" + "a".repeat(73) + "\r\n a\r\n");
    }

    @Test
    void dioro_s_meetings_are_a_feed_of_all_day_events_that_reads_back() throws Exception {
        // given
        Dossier dioro = Demo.dioroDossier();

        // when
        byte[] feed = CALENDAR.write(dioro, Locale.FRENCH, Demo.NOW.toInstant());
        Demo.keep("dioro-meetings.ics", feed);

        // then every line ends with CRLF and stays within 75 octets
        String text = strictUtf8(feed);
        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String physical : text.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
        }
        List<Map<String, String>> components = parse(text);
        Map<String, String> calendar = components.get(0);
        assertThat(calendar).containsEntry("VERSION", "2.0").containsEntry("CALSCALE", "GREGORIAN")
                .containsEntry("METHOD", "PUBLISH")
                .containsEntry("PRODID", "-//Kafo//Meetings of a consultation framework//FR")
                .containsEntry("X-WR-CALNAME", "Rencontres : Cadre de concertation de Dioro");
        List<Map<String, String>> events = components.subList(1, components.size());
        assertThat(events).hasSize(3);
        List<Meeting> meetings = dioro.meetings();
        for (int i = 0; i < 3; i++) {
            assertThat(events.get(i)).containsEntry("UID", "meeting-" + meetings.get(i).id().value() + "@kafo")
                    .containsEntry("DTSTAMP", "20261203T093000Z").containsEntry("SEQUENCE", "0")
                    .containsEntry("STATUS", "CONFIRMED")
                    .containsEntry("SUMMARY", "Rencontre n° " + (i + 1) + " : Cadre de concertation de Dioro")
                    .containsEntry("LOCATION", "Salle de délibération de la mairie, Dioro");
        }
        assertThat(events.get(0)).containsEntry("DTSTART;VALUE=DATE", "20260629").containsEntry("DTEND;VALUE=DATE", "20260630");
        assertThat(events.get(0).get("DESCRIPTION")).startsWith("Tenue le 29 juin 2026.\n")
                .contains("Convoquée le 19 juin 2026 par Mairie de Dioro.\nOrdre du jour :\n1. ");
        assertThat(events.get(2)).containsEntry("DTSTART;VALUE=DATE", "20261230");
        assertThat(events.get(2).get("DESCRIPTION")).isEqualTo("""
                Convoquée le 3 décembre 2026 par Mairie de Dioro.
                Ordre du jour :
                1. %s
                2. %s
                3. %s
                4. %s""".formatted(titles(meetings.get(2), Locale.FRENCH).toArray()));
        assertThat(titles(meetings.get(2), Locale.FRENCH).get(0))
                .isEqualTo("Revue de l'action : Formation des maraîchères en techniques et en gestion");
    }

    @Test
    void the_same_meetings_in_english_keep_their_uids() throws Exception {
        Dossier dioro = Demo.dioroDossier();

        List<Map<String, String>> french = parse(strictUtf8(CALENDAR.write(dioro, Locale.FRENCH, Demo.NOW.toInstant())));
        List<Map<String, String>> english = parse(strictUtf8(CALENDAR.write(dioro, Locale.ENGLISH,
                Demo.NOW.plusHours(5).toInstant())));

        assertThat(english).extracting(c -> c.get("UID")).containsExactlyElementsOf(
                french.stream().map(c -> c.get("UID")).toList());
        assertThat(english.get(3)).containsEntry("SUMMARY", "Meeting 3: Cadre de concertation de Dioro");
        assertThat(english.get(3).get("DESCRIPTION")).startsWith("Convened on December 3, 2026 by Mairie de Dioro.\nAgenda:\n1. ");
    }

    @Test
    void a_postponed_meeting_bumps_its_sequence_and_a_cancelled_one_says_so() throws Exception {
        // given the demonstration data of our own, where Dioro's next meeting is postponed, then cancelled
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, Demo.RULES);
        PactMaliDataset.load().playUntil(process, 2, 42L, Demo.TODAY);
        FrameworkId dioro = repositories.frameworks()
                .findByCommune(repositories.communes().findByCode("04060101").orElseThrow().id()).get(0).id();
        Meeting next = repositories.meetings().findByFramework(dioro).stream()
                .filter(m -> m.status() == MeetingStatus.CONVENED).findFirst().orElseThrow();
        String reason = "Crue du fleuve; la salle, la route \\ tout est fermé\nRetour prévu";
        process.postpone(new PostponeMeeting(next.id(), LocalDate.of(2026, 12, 31), reason, Demo.TODAY)).orElseThrow();
        Dossier postponed = Dossier.load(repositories, dioro);
        Map<String, String> event = parse(strictUtf8(CALENDAR.write(postponed, Locale.FRENCH, Demo.NOW.toInstant()))).get(3);
        assertThat(event).containsEntry("SEQUENCE", "1").containsEntry("STATUS", "CONFIRMED")
                .containsEntry("DTSTART;VALUE=DATE", "20261231")
                .containsEntry("UID", "meeting-" + next.id().value() + "@kafo");
        assertThat(event.get("DESCRIPTION")).startsWith("Reportée du 30 décembre 2026 au 31 décembre 2026 : " + reason + "\n");

        // when it is cancelled
        process.cancel(new CancelMeeting(next.id(), "Pas de quorum, la crue continue", Demo.TODAY.plusDays(1))).orElseThrow();
        byte[] feed = CALENDAR.write(Dossier.load(repositories, dioro), Locale.FRENCH, Demo.NOW.toInstant());
        Demo.keep("dioro-meetings-cancelled.ics", feed);

        // then
        Map<String, String> cancelled = parse(strictUtf8(feed)).get(3);
        assertThat(cancelled).containsEntry("SEQUENCE", "2").containsEntry("STATUS", "CANCELLED")
                .containsEntry("SUMMARY", "Annulée : Rencontre n° 3 : Cadre de concertation de Dioro");
        assertThat(cancelled.get("DESCRIPTION")).startsWith("Annulée : Pas de quorum, la crue continue\nReportée du ");
        assertThat(unfold(new String(feed, StandardCharsets.UTF_8))).contains("Crue du fleuve\\; la salle\\, la route \\\\ tout");
    }

    private static List<String> titles(Meeting meeting, Locale locale) {
        return meeting.agenda().stream().map(item -> Demo.RULES.title(item, locale)).toList();
    }

    private static String strictUtf8(byte[] octets) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /**
     * Reads a feed back as a calendar application would: unfolds, splits the content lines at the
     * first colon, unescapes TEXT; one map per component (VCALENDAR first, then each VEVENT).
     */
    static List<Map<String, String>> parse(String text) {
        List<Map<String, String>> components = new ArrayList<>();
        List<Map<String, String>> open = new ArrayList<>();
        for (String line : unfold(text).split("\r\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = unescape(line.substring(colon + 1));
            if (name.equals("BEGIN")) {
                Map<String, String> component = new LinkedHashMap<>();
                components.add(component);
                open.add(component);
            } else if (name.equals("END")) {
                open.remove(open.size() - 1);
            } else {
                assertThat(open.get(open.size() - 1)).as("%s once", name).doesNotContainKey(name);
                open.get(open.size() - 1).put(name, value);
            }
        }
        assertThat(open).as("every component ends").isEmpty();
        return components;
    }

    private static String unescape(String value) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                plain.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
