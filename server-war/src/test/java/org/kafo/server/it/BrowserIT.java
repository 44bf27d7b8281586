package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser (Debian's chromium, headless): a commune officer signs in, opens
 * their frameworks and a framework's cockpit, in French and in English, on a 360 px phone and a
 * 1366 px office screen. Each page is kept as a screenshot under {@code target/screenshots}, checked
 * by axe-core (no serious or critical violation), and weighed (the bytes transferred).
 */
class BrowserIT extends InBrowser {

    @Test
    void an_officer_reads_the_cockpit_in_french_and_english_on_a_phone_and_a_desk() throws Exception {
        // given a framework mid-cycle (a plan in force, its committee, an open obstacle) and another commune's
        Story story = new Story(team).obstacleRecorded();
        Story foreign = new Story(Team.other(deployment)).proposed();

        // when the officer signs in (the pages are in French until asked otherwise)
        browser.get(site + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/signin");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        visit("signin", "fr");
        browser.findElement(By.id("username")).sendKeys(team.username("officer"));
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        // the refusal is a new page: wait for it rather than read the one being left
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary"))).getText())
                .isEqualTo("Le nom d'utilisateur ou le mot de passe n'est pas correct.");
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(team.username("officer"));
        browser.findElement(By.id("password")).sendKeys(Team.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor("/");
        inFrench();
        org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("kafo_session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isSecure()).as("plain HTTP on loopback").isFalse();

        // then my frameworks and the cockpit show, in both languages at both sizes, without serious violations
        for (String language : List.of("fr", "en")) {
            browser.get(site + "/");
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo(language.equals("fr") ? "Mes cadres de concertation" : "My frameworks");
            assertThat(browser.findElements(By.cssSelector("a[href='/frameworks/" + story.framework + "']"))).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("a[href='/frameworks/" + foreign.framework + "']"))).isEmpty();
            visit("frameworks", language);

            browser.get(site + "/frameworks/" + story.framework);
            assertThat(browser.findElements(By.cssSelector("tr.overdue"))).as("overdue actions stand out").isNotEmpty();
            assertThat(browser.findElement(By.id("main")).getText()).contains("La motopompe n'est pas livrée");
            visit("cockpit", language);

            browser.get(site + "/account");
            visit("account", language);

            if (language.equals("fr")) {
                // the switch remembers English (a cookie) on every page
                switchTo("en");
                waitFor("/account");
                assertThat(language()).isEqualTo("en");
            }
        }

        // and another commune's framework is not found, as if it did not exist
        browser.get(site + "/frameworks/" + foreign.framework);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This page cannot be shown");
        visit("not-found", "en");

        weigh(story);

        // and a form posted without its CSRF token is refused, whoever sends it
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + team.username("officer") + "&password=" + Team.PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("kafo_session="));

        // and signing out ends the session
        browser.get(site + "/");
        browser.findElement(By.cssSelector("header form[action='/signout'] button")).click();
        waitFor("/signin");
        browser.get(site + "/frameworks/" + story.framework);
        assertThat(browser.getCurrentUrl()).endsWith("/signin");
    }

    /** The bytes a page costs: the cockpit with an empty cache, then a later page with the stylesheet and htmx cached. */
    private void weigh(Story story) throws IOException {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.get(site + "/frameworks/" + story.framework);
        long first = transferred();
        browser.get(site + "/");
        long later = transferred();
        browser.get(site + "/frameworks/" + story.framework);
        long cockpitAgain = transferred();
        Files.writeString(SHOTS.resolve("weights.txt"), """
                cockpit, first load (empty cache): %d bytes
                my frameworks, later page: %d bytes
                cockpit, later page: %d bytes

                each response of each load:
                %s
                """.formatted(first, later, cockpitAgain, String.join("\n", weights)), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(first).isPositive().isLessThanOrEqualTo(FIRST_LOAD_BUDGET);
        assertThat(later).isPositive().isLessThanOrEqualTo(LATER_PAGE_BUDGET);
        assertThat(cockpitAgain).isPositive().isLessThanOrEqualTo(LATER_PAGE_BUDGET);
    }

    /** What the page's load moved over the network: the document and every resource, headers included. */
    private long transferred() {
        Object compressed = browser.executeScript("""
                return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
                    .map(e => e.name.replace(/^https?:\\/\\/[^/]+/, '') + ' ' + e.transferSize + ' B transferred, '
                        + e.encodedBodySize + ' B encoded, ' + e.decodedBodySize + ' B decoded').join('\\n');""");
        weights.add(String.valueOf(compressed));
        return ((Number) browser.executeScript("""
                const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return entries.reduce((sum, e) => sum + (e.transferSize || 0), 0);""")).longValue();
    }


}
