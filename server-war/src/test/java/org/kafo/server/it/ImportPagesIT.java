package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Paper back into Kafo from the pages: the commune officer sends a meeting's attendance sheet typed
 * into its own layout; a row naming an organisation that is no member refuses it (the row's error, no
 * confirmation), the corrected workbook's dry run shows what would be recorded, its confirmation
 * records it and the meeting's page says so; a file changed between the dry run and the confirmation
 * is refused; the cooperative does the same with a needs inventory; the history names the file and its
 * rows. The officer finds no form to import needs, a partner none to import attendance; a form with
 * a file without its CSRF token is refused, and one too large for a sheet gets a page that says so.
 */
class ImportPagesIT extends InBrowser {

    private static final Path FILES = Path.of("target", "import-files");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_attendance_sheet_and_a_needs_inventory_are_checked_row_by_row_then_confirmed() throws Exception {
        // given an established framework, its first meeting convened, and its attendance sheet downloaded
        Story story = new Story(team).established();
        String meeting = story.convene("2008-04-10", "2008-03-31");
        List<String> lines = new ArrayList<>(List.of(new String(download("officer",
                "sheets/meetings/" + meeting + "/attendance-sheet.csv?lang=fr"), StandardCharsets.UTF_8).split("\r\n")));
        assertThat(lines.get(1)).startsWith("Moussa Diarra,Mairie " + story.mark);
        lines.set(1, lines.get(1) + "x");
        lines.set(2, lines.get(2) + "oui");
        lines.set(lines.size() - 1, "Inconnu Traoré,Coopérative fantôme,,Homme,non,x");
        Path wrong = write("presences-fausses.csv", (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        Path right = write("presences.xlsx", ticked(download("officer",
                "sheets/meetings/" + meeting + "/attendance-sheet.xlsx?lang=fr"), 1, 2));

        // when the officer sends the sheet with a wrong row from the meeting's page
        signIn("officer");
        browser.get(site + "/meetings/" + meeting);
        send("attendance-import", wrong);

        // then the dry run names the row and its error, and offers no confirmation
        shows("main h2", "Importer une feuille de présence remplie");
        String refused = browser.findElement(By.cssSelector(".error-summary[role=alert]")).getText();
        assertThat(refused).contains("Ligne " + lines.size(), "Organisation",
                "« Coopérative fantôme » n'est pas membre du cadre de concertation", "1 erreur");
        assertThat(browser.findElement(By.id("row-" + lines.size())).getText()).contains("Erreur", "Coopérative fantôme");
        assertThat(browser.findElement(By.id("row-2")).getText()).contains("Moussa Diarra", "À enregistrer");
        assertThat(browser.findElements(By.cssSelector("form.import-confirm"))).isEmpty();
        assertThat(browser.findElement(By.id("main")).getText()).contains("presences-fausses.csv");
        visit("import-attendance-refused", "fr");
        assertThat(team.officer.get("meetings/" + meeting + "/attendance").expect(200).json().getInt("totalItems")).isZero();

        // when the corrected workbook is chosen instead
        send("attendance-import", right);

        // then its dry run says what would be recorded, and nothing is saved yet
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".notice"), "2 lignes à enregistrer"));
        String dryRun = browser.findElement(By.id("main")).getText();
        assertThat(dryRun).contains("presences.xlsx", "Moussa Diarra", "Bakary Coulibaly", "Absent : rien n'est enregistré.",
                "aucune erreur");
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(team.officer.get("meetings/" + meeting + "/attendance").expect(200).json().getInt("totalItems")).isZero();
        visit("import-attendance-dry-run", "fr");

        // when the file carried by the page is changed before it is confirmed
        browser.executeScript("document.querySelector('form.import-confirm input[name=data]').value = arguments[0]",
                Base64.getEncoder().encodeToString("Nom et prénom,Organisation\r\n".getBytes(StandardCharsets.UTF_8)));
        press("form.import-confirm button");

        // then it is refused, nothing saved
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".error-summary"), "Le fichier a changé depuis sa vérification"));
        visit("import-changed", "fr");
        assertThat(team.officer.get("meetings/" + meeting + "/attendance").expect(200).json().getInt("totalItems")).isZero();

        // when it is checked again and confirmed
        send("attendance-import", right);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.import-confirm")));
        press("form.import-confirm button");

        // then the meeting's page shows the attendance and says where it came from
        shows(".notice", "2 présences enregistrées depuis presences.xlsx.");
        assertThat(browser.getCurrentUrl()).contains("/meetings/" + meeting);
        assertThat(browser.findElement(By.cssSelector("section.attendance")).getText())
                .contains("Moussa Diarra", "Bakary Coulibaly");
        assertThat(team.officer.get("meetings/" + meeting + "/attendance").expect(200).json().getInt("totalItems"))
                .isEqualTo(2);
        visit("import-meeting-notice", "fr");

        // and the officer may not import needs: no form on the needs page
        browser.get(site + "/frameworks/" + story.framework + "/needs");
        assertThat(browser.findElements(By.cssSelector("form[action$='/needs-import']"))).isEmpty();

        // and a form with a file needs its token, and one too large for a sheet gets a page that says so
        String cookies = cookies();
        assertThat(upload(meeting, cookies, null, "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
        HttpResponse<String> tooLarge = upload(meeting, cookies, csrf(), new byte[3 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("trop volumineux");
        HttpResponse<String> overTheFileBound = upload(meeting, cookies, csrf(), new byte[1024 * 1024 + 1]);
        assertThat(overTheFileBound.statusCode()).isEqualTo(413);
        assertThat(overTheFileBound.body()).contains("Ce fichier dépasse 1 Mo", "Choisir un autre fichier");
        signOut();

        // when the cooperative fills the needs inventory in, first with a row it may not record, in English
        List<String> inventory = new ArrayList<>(List.of(new String(download("cooperative",
                "sheets/frameworks/" + story.framework + "/needs-inventory.csv?lang=fr"), StandardCharsets.UTF_8)
                .split("\r\n")));
        int blank = blankRow(inventory);
        inventory.set(blank, "Coopérative rizicole " + story.mark + ",petite irrigation,Investissement,"
                + "Forage de 60 m avec château d'eau,\"1 500 000\",26/03/2008,");
        inventory.set(blank + 1, "Groupement maraîcher " + story.mark + ",maraîchage,Investissement,Clôture,"
                + "beaucoup,26/03/2008,");
        Path notMine = write("besoins-groupement.csv", (String.join("\r\n", inventory) + "\r\n").getBytes(StandardCharsets.UTF_8));
        inventory.set(blank + 1, ",,,,,,");
        Path needs = write("besoins.csv", (String.join("\r\n", inventory) + "\r\n").getBytes(StandardCharsets.UTF_8));
        signIn("cooperative");
        browser.get(site + "/frameworks/" + story.framework + "/needs");
        switchTo("en");
        send("needs-import", notMine);

        // then the rows it may not record, and the amount that cannot be read, are errors of their row
        shows("main h2", "Import a filled needs inventory");
        String notYours = browser.findElement(By.cssSelector(".error-summary[role=alert]")).getText();
        assertThat(notYours).contains("Row " + (blank + 2), "2 errors",
                "Your role may not record needs for Groupement maraîcher " + story.mark);
        assertThat(browser.findElements(By.cssSelector("form.import-confirm"))).isEmpty();
        visit("import-needs-refused", "en");
        switchTo("fr");

        // when the right one is sent, checked and confirmed
        browser.get(site + "/frameworks/" + story.framework + "/needs");
        send("needs-import", needs);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".notice"), "1 ligne à enregistrer"));
        assertThat(browser.findElement(By.id("row-" + (blank + 1))).getText())
                .contains("Forage de 60 m avec château d'eau", "petite irrigation", "1 500 000", "26 mars 2008");
        visit("import-needs-dry-run", "fr");
        press("form.import-confirm button");

        // then the needs page lists it, with the notice
        shows(".notice", "1 besoin enregistré depuis besoins.csv.");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Forage de 60 m avec château d'eau");
        visit("import-needs-notice", "fr");
        signOut();

        // and the history names the files and rows the changes came from
        signIn("officer");
        browser.get(site + "/frameworks/" + story.framework + "/history");
        String history = browser.findElement(By.cssSelector("table.stack")).getText();
        assertThat(history).contains("Importé de presences.xlsx, ligne 2", "Importé de presences.xlsx, ligne 3",
                "Importé de besoins.csv, ligne " + (blank + 1));
        visit("import-history", "fr");
        signOut();

        // and a partner reads the meeting with no form to import its attendance
        signIn("partner");
        browser.get(site + "/meetings/" + meeting);
        assertThat(browser.findElements(By.cssSelector("form[action$='/attendance-import']"))).isEmpty();
    }

    /** Sends a file with the page's import form, by its action's end. */
    private void send(String action, Path file) {
        browser.findElement(By.cssSelector("form[action$='/" + action + "'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        press("form[action$='/" + action + "'] button[type=submit]");
    }

    /** Presses a button, brought into view first. */
    private void press(String css) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                browser.findElement(By.cssSelector(css)));
    }

    /** Waits for what the page shows there to be that text. */
    private void shows(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    /** A sheet as the API downloads it to a role of the team. */
    private byte[] download(String role, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(team.anonymous.resolve(path))
                .header("Authorization", Api.basic(team.username(role), Team.PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The exported workbook with its "present" column ticked on the given rows (1 is the first after the headers). */
    private static byte[] ticked(byte[] exported, int... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(exported));
                Workbook workbook = new Workbook(out, "Kafo", "1.0")) {
            List<Row> all = read.getFirstSheet().read();
            Worksheet sheet = workbook.newWorksheet(read.getFirstSheet().getName());
            for (int r = 0; r < all.size(); r++) {
                for (int c = 0; c < all.get(r).getCellCount(); c++) {
                    String text = all.get(r).getCellText(c);
                    if (text != null && !text.isEmpty()) {
                        sheet.value(r, c, text);
                    }
                }
            }
            for (int r : rows) {
                sheet.value(r, 5, "x");
            }
        }
        return out.toByteArray();
    }

    private static Path write(String name, byte[] content) throws IOException {
        Files.createDirectories(FILES);
        return Files.write(FILES.resolve(name), content);
    }

    /** The first empty row of an exported sheet's lines, to write in. */
    private static int blankRow(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).matches(",*")) {
                return i;
            }
        }
        lines.add("");
        lines.add("");
        return lines.size() - 2;
    }

    private String cookies() {
        StringBuilder cookies = new StringBuilder();
        browser.manage().getCookies().forEach(c -> cookies.append(c.getName()).append('=').append(c.getValue()).append("; "));
        return cookies.toString();
    }

    /** The CSRF token the page's forms carry. */
    private String csrf() {
        return browser.findElement(By.cssSelector("input[name=csrf]")).getAttribute("value");
    }

    /** A file sent to the meeting's import as a browser would, with its token or without. */
    private HttpResponse<String> upload(String meeting, String cookies, String csrf, byte[] file)
            throws IOException, InterruptedException {
        String boundary = "----KafoImportPagesIT";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(site + "/meetings/" + meeting + "/attendance-import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .header("Cookie", cookies).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
