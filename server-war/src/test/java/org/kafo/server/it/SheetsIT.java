package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheets over HTTP: the exports as the roles download them (media types, a CSV and an XLSX
 * read back), the access policy on them, and an attendance sheet brought back: refused whole for one
 * bad row, then accepted, the history naming the import.
 */
class SheetsIT extends DeployedKafo {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HttpClient http = HttpClient.newHttpClient();

    /** A download as the bytes it is, as a role of the team (null: anonymous). */
    private HttpResponse<byte[]> download(String role, Team who, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(team.anonymous.resolve(path)).GET();
        if (role != null) {
            request.header("Authorization", Api.basic(who.username(role), Team.PASSWORD));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Api.Reply upload(Api api, String path, String type, byte[] body) {
        return api.send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), null);
    }

    @Test
    void the_exports_download_as_csv_and_xlsx_under_the_framework_policy() throws Exception {
        // given a framework with a plan adopted
        Story story = new Story(team).planAdopted();
        String sheets = "sheets/frameworks/" + story.framework + "/";

        // when the officer downloads the plans and actions as CSV, in French
        HttpResponse<byte[]> csv = download("officer", team, sheets + "actions.csv?lang=fr", null);

        // then
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"cadre-de-concertation-" + story.mark + "-plans-et-actions.csv\"")
                .contains("filename*=UTF-8''"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCycle,Début du plan,Fin du plan,Action,Filière");
        assertThat(text.split("\r\n")).hasSizeGreaterThan(2)
                .anySatisfy(line -> assertThat(line).contains("Aménagement du PIV de 30 ha"));

        // and the partner the contributions as XLSX, by Accept, in English
        HttpResponse<byte[]> xlsx = download("partner", team, sheets + "contributions?lang=en", XLSX);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Contributions");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Party");
            assertThat(rows).hasSizeGreaterThan(1);
            assertThat(rows.get(1).getCell(5).asNumber()).isPositive();
        }

        // and the needs, the attendance and the indicators, each in both formats
        for (String sheet : List.of("needs", "attendance", "indicators", "needs-inventory")) {
            assertThat(download("cooperative", team, sheets + sheet + ".xlsx", null).statusCode()).as(sheet).isEqualTo(200);
            assertThat(download("service", team, sheets + sheet + ".csv", null).statusCode()).as(sheet).isEqualTo(200);
        }
        assertThat(download("nobody", team, "sheets/indicators.xlsx?cercle=" + story.cercle, null).statusCode())
                .isEqualTo(200);

        // the policy: anonymous 401, another commune's officer 404, an unknown sheet 404, a wrong language 400
        assertThat(download(null, team, sheets + "actions.csv", null).statusCode()).isEqualTo(401);
        Team other = Team.other(deployment);
        assertThat(download("officer", other, sheets + "actions.csv", null).statusCode()).isEqualTo(404);
        assertThat(download("officer", team, sheets + "secrets.csv", null).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> badLanguage = download("officer", team, sheets + "actions.csv?lang=de", null);
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    }

    @Test
    void an_attendance_sheet_refused_for_one_bad_row_then_accepted_and_the_history_names_the_import() throws Exception {
        // given a meeting convened after the first plan, and its attendance sheet to fill in
        Story story = new Story(team).planAdopted();
        String meeting = story.convene("2008-07-05", "2008-06-25");
        HttpResponse<byte[]> sheet = download("officer", team,
                "sheets/meetings/" + meeting + "/attendance-sheet.csv?lang=fr", null);
        assertThat(sheet.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>(List.of(new String(sheet.body(), StandardCharsets.UTF_8).split("\r\n")));
        assertThat(lines.get(0)).isEqualTo("\uFEFFNom et prénom,Organisation,Catégorie,Femme / homme,Jeune,Présent");
        assertThat(lines.get(1)).startsWith("Moussa Diarra,Mairie " + story.mark + ",Mairie,Homme,non,");
        // the mayor's and the cooperative's representatives present, and a row for an organisation that is no member
        lines.set(1, lines.get(1) + "x");
        lines.set(2, lines.get(2) + "oui");
        lines.set(lines.size() - 1, "Inconnu Traoré,Coopérative fantôme,,Homme,non,x");
        byte[] wrong = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        String imports = "sheets/meetings/" + meeting + "/attendance-sheet?lang=fr&file=presences.csv";

        // when the cooperative tries, then the officer imports it as it is
        upload(team.cooperative, imports, "text/csv", wrong).expect(403);
        Api.Reply refused = upload(team.officer, imports, "text/csv", wrong).expect(422);

        // then the whole import is refused with that row's error, and nothing is saved
        assertThat(refused.contentType()).isEqualTo(PROBLEM);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("row")).isEqualTo(lines.size());
        assertThat(error.getString("column")).isEqualTo("Organisation");
        assertThat(error.getString("message")).contains("Coopérative fantôme");
        assertThat(team.officer.get("meetings/" + meeting + "/attendance").expect(200).json().getInt("totalItems"))
                .isZero();

        // when the row is put right: the dry run says what would be recorded, and saves nothing
        lines.set(lines.size() - 1, ",,,,,");
        byte[] right = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        JsonObject dryRun = upload(team.officer, imports + "&dry-run=true", "text/csv", right).expect(200).json();
        assertThat(dryRun.getBoolean("acceptable")).isTrue();
        assertThat(dryRun.getInt("toRecord")).isEqualTo(2);
        assertThat(dryRun.get("importId")).isIn(null, JsonValue.NULL);
        assertThat(team.officer.get("meetings/" + meeting + "/attendance").expect(200).json().getInt("totalItems"))
                .isZero();

        // and it is applied
        JsonObject applied = upload(team.officer, imports, "text/csv", right).expect(200).json();

        // then both are on the sheet, and the history names the import, the file and each row
        String id = applied.getString("importId");
        assertThat(team.officer.get("meetings/" + meeting + "/attendance").expect(200).json().getInt("totalItems"))
                .isEqualTo(2);
        List<JsonObject> fromImport = team.officer.get("frameworks/" + story.framework + "/history?size=100").expect(200)
                .json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(entry -> entry.get("request") instanceof JsonObject request && request.containsKey("import"))
                .map(entry -> entry.getJsonObject("request")).toList();
        assertThat(fromImport).hasSize(2).allSatisfy(request -> {
            assertThat(request.getString("import")).isEqualTo(id);
            assertThat(request.getString("file")).isEqualTo("presences.csv");
            assertThat(request.getString("sha256")).isEqualTo(applied.getString("sha256")).hasSize(64);
        });
        assertThat(fromImport).extracting(request -> request.getInt("row")).containsExactly(2, 3);
    }

    @Test
    void a_needs_inventory_is_imported_by_the_organisation_that_raised_them_only() throws IOException {
        Story story = new Story(team).withNeeds();
        String csv = """
                Organisation,Sector,Kind of need,Description,Estimated cost (XOF),Identified on,State
                Coopérative rizicole %s,small-scale-irrigation,Investment,Forage de 60 m,1 500 000,2008-03-26,
                """.formatted(story.mark);
        String path = "sheets/frameworks/" + story.framework + "/needs-inventory?dry-run=true";

        upload(team.officer, path, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).expect(403);
        JsonObject other = upload(team.group, path, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).expect(200).json();
        assertThat(other.getBoolean("acceptable")).isFalse();
        JsonObject mine = upload(team.cooperative, path, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).expect(200)
                .json();
        assertThat(mine.getBoolean("acceptable")).isTrue();
        assertThat(mine.getJsonArray("rows").getJsonObject(0).getString("outcome")).isEqualTo("record");
    }
}
