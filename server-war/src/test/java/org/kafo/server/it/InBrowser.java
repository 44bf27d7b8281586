package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test class that drives the pages in a real browser (Debian's chromium, headless, through its
 * chromedriver): each page it {@link #visit visits} is kept as a screenshot under
 * {@code target/screenshots} at a 360 px phone's width and a 1366 px office screen's, checked by
 * axe-core (no serious or critical violation; every violation goes to {@code axe-<class>.txt}),
 * and must not scroll sideways.
 */
abstract class InBrowser extends DeployedKafo {

    static final Path SHOTS = Path.of("target", "screenshots");

    /** The budgets: the cockpit's first load, and a later page. */
    static final long FIRST_LOAD_BUDGET = 150 * 1024;
    static final long LATER_PAGE_BUDGET = 50 * 1024;

    private static final List<Integer> WIDTHS = List.of(360, 1366);

    ChromeDriver browser;
    String site;
    final List<String> axeReport = new ArrayList<>();
    final List<String> weights = new ArrayList<>();
    /** What each visited page's document weighed, written to {@code weights-<class>.txt}. */
    final List<String> pageWeights = new ArrayList<>();

    @BeforeEach
    void browser() throws IOException {
        Files.createDirectories(SHOTS);
        site = "http://127.0.0.1:" + deployment.getPort();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--lang=fr");
        configure(options);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    /** What a test class changes in the browser (JavaScript off, ...): nothing by default. */
    void configure(ChromeOptions options) {
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (!pageWeights.isEmpty()) {
            Files.write(SHOTS.resolve("weights-" + getClass().getSimpleName() + ".txt"), pageWeights, StandardCharsets.UTF_8);
        }
        if (!axeReport.isEmpty()) {
            Files.write(SHOTS.resolve("axe-" + getClass().getSimpleName() + ".txt"), axeReport, StandardCharsets.UTF_8);
        }
    }

    /** The page at each width: a screenshot of all of it, and axe's verdict. */
    void visit(String name, String language) throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 140, 900), 8000)));
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SHOTS.resolve(name + "-" + language + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            long horizontal = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(horizontal).as("%s (%s) scrolls sideways at %d px", name, language, width).isLessThanOrEqualTo(0);
            axe(name + " " + language + " " + width + " px");
        }
        long bytes = documentWeight();
        pageWeights.add(name + " (" + language + "): " + bytes + " B");
        assertThat(bytes).as("%s (%s) as transferred", name, language).isPositive().isLessThanOrEqualTo(LATER_PAGE_BUDGET);
    }

    /**
     * The bytes the page's document costs as a later page (its stylesheet and script cached): the
     * same request again with the browser's cookies, compressed as the browser would take it, headers
     * included.
     */
    long documentWeight() {
        StringBuilder cookies = new StringBuilder();
        browser.manage().getCookies().forEach(c -> cookies.append(c.getName()).append('=').append(c.getValue()).append("; "));
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.getCurrentUrl()))
                    .header("Accept", "text/html").header("Accept-Encoding", "gzip").header("Cookie", cookies.toString())
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("%s answers again", browser.getCurrentUrl()).isLessThan(500);
            long headers = response.headers().map().entrySet().stream()
                    .mapToLong(e -> e.getValue().stream().mapToLong(v -> e.getKey().length() + v.length() + 4).sum()).sum();
            return response.body().length + headers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe-core in the page: no serious or critical violation; every violation goes to the report. */
    void axe(String page) {
        JavascriptExecutor js = browser;
        js.executeScript(axeSource());
        String result = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify({passes: r.passes.length, violations: r.violations.map(
                        v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))})))
                   .catch(e => done(JSON.stringify({error: String(e)})));""");
        JsonObject answer = Json.createReader(new StringReader(result)).readObject();
        assertThat(answer.containsKey("error")).as("axe ran on %s: %s", page, result).isFalse();
        JsonArray violations = answer.getJsonArray("violations");
        axeReport.add(page + ": " + violations.size() + " violation(s) " + violations);
        assertThat(violations.getValuesAs(JsonObject.class))
                .as("serious or critical accessibility violations on %s", page)
                .noneMatch(v -> List.of("serious", "critical").contains(v.getString("impact", "")));
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = BrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    void waitFor(String path) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!browser.getCurrentUrl().endsWith(path) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(browser.getCurrentUrl()).endsWith(path);
    }
    /** Signs in on the sign-in page as one of the team's accounts, and lands on its frameworks, in French. */
    void signIn(String role) {
        signInAsChosen(role);
        inFrench();
    }

    /** Signs in as {@link #signIn} does, and leaves the pages in the language the account chose. */
    void signInAsChosen(String role) {
        browser.get(site + "/signin");
        browser.findElement(By.id("username")).sendKeys(team.username(role));
        browser.findElement(By.id("password")).sendKeys(Team.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor("/");
    }

    /**
     * The pages in French, whatever language the signed-in account chose in an earlier test (the
     * choice is kept on the account, and the team's accounts serve every test class of a server).
     */
    void inFrench() {
        if (!"fr".equals(language())) {
            switchTo("fr");
        }
    }

    /** Switches the pages' language with the header's button, and waits for the page in that language. */
    void switchTo(String language) {
        browser.findElement(By.cssSelector("header button[lang=" + language + "]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> language.equals(language()));
    }

    /** The language of the page shown: its {@code <html lang>}, read again if the page was replaced under the reading. */
    String language() {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.findElement(By.tagName("html")).getAttribute("lang");
            } catch (WebDriverException e) {
                // the page being replaced under the reading: stale, or a node no longer in the document
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    /** Signs out through the header's button. */
    void signOut() {
        browser.findElement(By.cssSelector("header form[action='/signout'] button")).click();
        waitFor("/signin");
    }

    /** A date field set as its picker sets it: the value, then a change. */
    void setDay(String id, String isoDay) {
        browser.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.findElement(By.id(id)), isoDay);
    }

    /** Ticks a box, brought into view first (a phone's page is long). */
    void tick(String id) {
        WebElement box = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }

    /** Waits for the meeting page's quorum to say this. */
    void quorum(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.cssSelector("#quorum .quorum-verdict"), text));
    }

    /**
     * On a meeting's page, in French: ticks the story's parties present one by one while the quorum
     * follows (not reached, the municipality present, reached), the group's representative proposed.
     */
    void tickPartiesWatchingTheQuorum(Story story) {
        quorum("Quorum non atteint : la rencontre ne peut pas délibérer.");
        tick("present-" + story.mairie);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("quorum"), "La mairie est présente."));
        quorum("Quorum non atteint : la rencontre ne peut pas délibérer.");
        tick("present-" + story.cooperative);
        quorum("Quorum atteint : la rencontre peut délibérer.");
        tick("present-" + story.group);
        assertThat(browser.findElement(By.id("name-" + story.group)).getAttribute("value")).isEqualTo("Awa Traoré");
    }

    /** A person's name and sex in a form's fields ({@code <form>-name<suffix>}, {@code <form>-sex<suffix>}). */
    void person(String form, String suffix, String name, String sex) {
        browser.findElement(By.id(form + "-name" + suffix)).sendKeys(name);
        new Select(browser.findElement(By.id(form + "-sex" + suffix))).selectByValue(sex);
    }

    /** The committee's installation form filled in: three members, its scope and duties (the day is the caller's). */
    void fillCommitteeInstallation() {
        person("install", "m0", "Seydou Traoré", "MALE");
        person("install", "m1", "Bakary Coulibaly", "MALE");
        person("install", "m2", "Awa Traoré", "FEMALE");
        browser.findElement(By.id("install-scope")).sendKeys("Suivi du plan du deuxième trimestre");
        browser.findElement(By.id("install-duties")).sendKeys("Vérifier l'avancement des actions\nSignaler les obstacles au cadre");
    }

    /** Types an action's row of the plan being written. */
    void typeAction(int row, String title, String sector, String kind, String responsible, String due, String cost) {
        String a = "a" + row + "-";
        browser.findElement(By.id(a + "title")).sendKeys(title);
        new Select(browser.findElement(By.id(a + "sector"))).selectByValue(sector);
        new Select(browser.findElement(By.id(a + "kind"))).selectByValue(kind);
        new Select(browser.findElement(By.id(a + "responsible"))).selectByValue(responsible);
        setDay(a + "due", due);
        browser.findElement(By.id(a + "cost")).sendKeys(cost, Keys.TAB);
    }

    /** Types a cost share of an action's row; leaving the amount's field (its change) asks the rules. */
    void typeShare(int row, int share, String party, String form, String amount) {
        String s = "a" + row + "-s" + share + "-";
        new Select(browser.findElement(By.id(s + "party"))).selectByValue(party);
        new Select(browser.findElement(By.id(s + "form"))).selectByValue(form);
        browser.findElement(By.id(s + "amount")).sendKeys(amount, Keys.TAB);
    }
}
