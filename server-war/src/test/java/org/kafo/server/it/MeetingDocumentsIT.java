package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A meeting's three papers over HTTP: the convocation with its agenda, the attendance sheet
 * pre-filled with the members' representatives, and the minutes, as {@code Accept: application/pdf}
 * asks or as a {@code .pdf} link, in French or English; JSON stays the answer to any other Accept;
 * the papers are read under the meeting's own access policy.
 */
class MeetingDocumentsIT extends DeployedKafo {

    private static final String PDF = "application/pdf";
    private static final String ITEM = "Point sur la campagne de contre-saison";
    private static final String MINUTES = "Le cadre a revu le plan du cycle 1 et adopté celui du cycle 2.";

    /** The second plan adopted, the minutes of its meeting recorded and approved by the cooperative, a third meeting convened. */
    private Story story() {
        Story story = new Story(team).secondPlanAdopted();
        story.officer.post("meetings/" + story.meeting2 + "/minutes", """
                {"text": "%s", "on": "2008-07-06"}""".formatted(MINUTES)).expect(200);
        team.cooperative.post("meetings/" + story.meeting2 + "/minutes/approvals", """
                {"party": "%s", "approved": true, "on": "2008-07-08"}""".formatted(story.cooperative)).expect(200);
        return story;
    }

    private static String convene(Story story) {
        return story.officer.post("frameworks/" + story.framework + "/meetings", """
                {"plannedOn": "2008-10-02", "venue": "Mairie %s", "convenedBy": "%s", "issuedOn": "2008-09-20",
                 "additionalItems": [{"title": "%s"}]}""".formatted(story.mark, story.mairie, ITEM)).expect(201).id();
    }

    @Test
    void the_convocation_the_attendance_sheet_and_the_minutes_are_pdfs_on_accept_and_as_links() {
        // given
        Story story = story();
        String third = convene(story);

        // when the convocation of the meeting convened ahead is asked for, both ways
        Api.Reply convocation = pdf(team.partner, "meetings/" + third).expect(200);
        Api.Reply notice = get(team.partner, "meetings/" + third + "/convocation.pdf?lang=en", "*/*").expect(200);

        // then
        String text = text(convocation);
        assertThat(text).contains("Convocation", "Rencontre n° 3", "2 octobre 2008", "Mairie " + story.mark, ITEM,
                "Adoption du plan d'action du cycle 3", "Sont convoqués", "Coopérative rizicole " + story.mark,
                "Bakary Coulibaly", "Awa Traoré");
        assertThat(convocation.header("Content-Disposition"))
                .startsWith("attachment; filename=\"convocation-rencontre-3-commune-" + story.mark + ".pdf\"");
        assertThat(convocation.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(notice.contentType()).startsWith(PDF);
        assertThat(text(notice)).contains("Notice of meeting", "Meeting no. 3", ITEM, "Adoption of the action plan of cycle 3");

        // and the attendance sheet, pre-filled with the members' representatives by category
        for (Api.Reply sheet : new Api.Reply[] {pdf(team.officer, "meetings/" + third + "/attendance").expect(200),
                get(team.cooperative, "meetings/" + third + "/attendance-sheet.pdf", "*/*").expect(200)}) {
            assertThat(text(sheet)).contains("Feuille de présence", "Nom et prénom", "Signature", "Mairie",
                    "Organisation professionnelle", "Moussa Diarra", "Bakary Coulibaly", "Awa Traoré", "Issa Sangaré",
                    "Mariam Dembélé", "Groupement maraîcher " + story.mark);
        }

        // and the minutes of the meeting that adopted the second plan
        for (Api.Reply minutes : new Api.Reply[] {pdf(team.service, "meetings/" + story.meeting2 + "/minutes").expect(200),
                get(team.group, "meetings/" + story.meeting2 + "/minutes.pdf", "*/*").expect(200)}) {
            assertThat(text(minutes)).contains("Procès-verbal", "Rencontre n° 2", MINUTES, "Quorum atteint",
                    "Revue du plan d'action du cycle 1", "Plan d'action adopté : cycle 2", "Aménagement du PIV de 30 ha",
                    "APPROUVÉ Coopérative rizicole " + story.mark, "PAS ENCORE");
        }
    }

    @Test
    void json_stays_the_default_and_the_papers_answer_as_the_meeting_does_to_whoever_may_not_read_it() {
        // given
        Story story = story();
        String third = convene(story);
        Story foreign = new Story(Team.other(deployment)).secondPlanAdopted();

        // then JSON for any other Accept
        assertThat(get(team.partner, "meetings/" + third, "*/*").expect(200).contentType()).startsWith("application/json");
        assertThat(get(team.partner, "meetings/" + story.meeting2 + "/attendance", "*/*").expect(200).contentType())
                .startsWith("application/json");
        assertThat(get(team.partner, "meetings/" + story.meeting2 + "/minutes", "*/*").expect(200).contentType())
                .startsWith("application/json");

        // and the papers under the meeting's policy: anonymous 401, no role there 404, another commune's 404
        for (String paper : new String[] {"convocation.pdf", "attendance-sheet.pdf", "minutes.pdf"}) {
            problem(get(team.anonymous, "meetings/" + story.meeting2 + "/" + paper, "*/*"), 401);
            problem(get(team.nobody, "meetings/" + story.meeting2 + "/" + paper, "*/*"), 404);
            problem(get(team.officer, "meetings/" + foreign.meeting2 + "/" + paper, "*/*"), 404);
            problem(get(team.officer, "meetings/" + story.meeting2 + "/" + paper + "?lang=de", "*/*"), 400);
        }
        problem(pdf(team.anonymous, "meetings/" + third), 401);
        problem(pdf(team.officer, "meetings/" + foreign.meeting2 + "/attendance"), 404);
        problem(pdf(team.officer, "meetings/" + foreign.meeting2 + "/minutes"), 404);
        // a meeting not held has no minutes yet
        problem(pdf(team.officer, "meetings/" + third + "/minutes"), 404);
        problem(get(team.officer, "meetings/" + third + "/minutes.pdf", "*/*"), 404);
    }

    private static Api.Reply pdf(Api api, String path) {
        return get(api, path, PDF);
    }

    /** A GET in French with this Accept, its body read byte for byte (ISO-8859-1), so that a PDF stays whole. */
    private static Api.Reply get(Api api, String path, String accept) {
        return api.send(HttpRequest.newBuilder(api.resolve(path)).header("Accept", accept).header("Accept-Language", "fr")
                .GET(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    private static void problem(Api.Reply reply, int status) {
        reply.expect(status);
        assertThat(reply.contentType()).as("%s", reply.response().uri()).startsWith(PROBLEM);
    }

    /** The text of a PDF answer, whitespace collapsed, after its media type and magic number are checked. */
    private static String text(Api.Reply reply) {
        assertThat(reply.contentType()).startsWith(PDF);
        byte[] bytes = reply.text().getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
