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
 * The printed follow-up papers over HTTP: the action plan, the monitoring committee's report and the
 * yearly report, each as {@code application/pdf} (by {@code Accept} where the same address answers
 * JSON, and by its {@code .pdf} link), in French or English, under the access policy of the data.
 */
class ReportDocumentsIT extends DeployedKafo {

    /** A GET whose body is kept byte for byte (ISO-8859-1 maps each byte to one character). */
    private static Api.Reply fetch(Api api, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return api.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    /** The text of a PDF answer, whitespace collapsed, after checking it is one. */
    private static String pdf(Api.Reply reply) {
        reply.expect(200);
        assertThat(reply.contentType()).startsWith("application/pdf");
        assertThat(reply.header("Content-Disposition")).startsWith("attachment; filename=\"").contains(".pdf\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("private, no-store");
        byte[] bytes = reply.text().getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_plan_the_committees_report_and_the_yearly_report_print_for_the_framework_s_readers_only() {
        // given a framework whose committee filed a report on its first plan
        Story story = new Story(team).obstacleRecorded();
        team.committee.post("frameworks/" + story.framework + "/committee/reports", """
                {"summary": "Une action sur deux est réalisée; la motopompe n'est pas livrée.", "on": "2008-06-01"}""")
                .expect(200);
        String reports = "frameworks/" + story.framework + "/committee/reports";
        String report = team.officer.get(reports).expect(200).json().getJsonArray("items").getJsonObject(0)
                .getString("id");
        String plan = "plans/" + story.plan1;
        String committeeReport = reports + "/" + report;
        String yearly = "frameworks/" + story.framework + "/reports/2008.pdf";

        // when its readers ask for the papers, as PDF by Accept or by link, in French and English
        String planByAccept = pdf(fetch(team.officer, plan + "?lang=fr", "application/pdf"));
        String planByLink = pdf(fetch(team.cooperative, plan + ".pdf?lang=en", null));
        String reportByAccept = pdf(fetch(team.committee, committeeReport + "?lang=fr", "application/pdf"));
        String reportByLink = pdf(fetch(team.partner, committeeReport + ".pdf?lang=en", null));
        String yearFrench = pdf(fetch(team.officer, yearly + "?lang=fr", null));
        String yearEnglish = pdf(fetch(team.service, yearly + "?lang=en", null));

        // then each paper holds what it prints
        assertThat(planByAccept).contains("Plan d'action", "Pour la commune, le maire");
        assertThat(planByLink).contains("Action plan", "Pledged");
        assertThat(reportByAccept).contains("Rapport du comité de suivi", "Une action sur deux est réalisée",
                "Seydou Traoré", "La motopompe n'est pas livrée", "Pour le comité de suivi, le président");
        assertThat(reportByLink).contains("Monitoring committee's report", "Where the plan's actions stand");
        assertThat(yearFrench).contains("Rapport annuel", "Année 2008", "Rencontres tenues en 2008",
                "Indicateurs au 31 décembre 2008", "Rencontres tenues et dues", "Les chiffres du graphique");
        assertThat(yearEnglish).contains("Yearly report", "Year 2008", "Indicators as of December 31, 2008");

        // and JSON stays the answer to Accept */*, and to no Accept
        for (String path : new String[] {plan, committeeReport}) {
            Api.Reply json = fetch(team.officer, path, "*/*").expect(200);
            assertThat(json.contentType()).startsWith("application/json");
            assertThat(fetch(team.officer, path, null).expect(200).contentType()).startsWith("application/json");
        }
        assertThat(team.officer.get(committeeReport).expect(200).json().getString("summary"))
                .startsWith("Une action sur deux");

        // and the policy: nobody signed in 401, another commune's role 404, a wrong language or year 400
        for (String path : new String[] {plan + ".pdf", committeeReport + ".pdf", yearly}) {
            assertThat(fetch(team.anonymous, path, null).status()).as("anonymous %s", path).isEqualTo(401);
            Api.Reply foreign = fetch(Team.other(deployment).officer, path, null);
            assertThat(foreign.status()).as("another commune's officer %s", path).isEqualTo(404);
            assertThat(foreign.contentType()).startsWith(PROBLEM);
            Api.Reply wrong = fetch(team.officer, path + "?lang=de", null);
            assertThat(wrong.status()).as("lang=de %s", path).isEqualTo(400);
            assertThat(wrong.contentType()).startsWith(PROBLEM);
        }
        assertThat(fetch(team.anonymous, plan, "application/pdf").status()).isEqualTo(401);
        assertThat(fetch(team.officer, "frameworks/" + story.framework + "/reports/twenty.pdf", null).status())
                .isEqualTo(400);
        assertThat(fetch(team.officer, reports + "/" + java.util.UUID.randomUUID() + ".pdf", null).status())
                .isEqualTo(404);
    }
}
