package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's pages, the indicators and the history in a real browser: the administrator
 * creates an account and gives it a role in a framework, registers a commune and an organisation
 * there; the new account signs in, sees that framework only, reads its indicators, the region's and
 * the country's with their charts, and the framework's history with what was just done; it has no
 * administration. In French, and the country's indicators in English.
 */
class FiguresAndAdminPagesIT extends InBrowser {

    @Test
    void the_administrator_gives_a_new_account_its_role_and_the_account_reads_the_figures_and_history() throws Exception {
        // given a framework in its second cycle, and another commune's
        Story story = new Story(team).secondPlanAdopted();
        Story foreign = new Story(Team.other(deployment)).proposed();
        String username = "it.new." + story.mark;
        String password = "nouveau-" + story.mark + "-secret";

        // when the administrator signs in, the header leads to the administration
        signInAs("admin", Team.adminPassword());
        browser.findElement(By.cssSelector("header a[href='/admin']")).click();
        waitFor("/admin");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Administration");
        visit("admin-index", "fr");

        // and creates an account with its initial password
        browser.get(site + "/admin/accounts");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("Awa Konaté " + story.mark);
        browser.findElement(By.id("password")).sendKeys(password);
        submit("form[action='/admin/accounts'] button[type=submit]", "Le compte est créé.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(username);

        // and gives it a role in the story's framework
        new Select(browser.findElement(By.id("role"))).selectByValue("COMMITTEE_MEMBER");
        new Select(browser.findElement(By.id("framework"))).selectByValue(story.framework);
        submit("form[action$='/grants'] button[type=submit]", "Le rôle est attribué.");
        assertThat(browser.findElement(By.cssSelector("main table")).getText())
                .contains("Membre du comité de suivi", "Cadre de concertation " + story.mark);
        visit("admin-account", "fr");

        // and registers a commune in the story's cercle
        browser.get(site + "/admin/territory?cercle=" + story.cercle);
        browser.findElement(By.id("commune-code")).sendKeys("N" + story.mark);
        browser.findElement(By.id("commune-name")).sendKeys("Nouvelle commune " + story.mark);
        submit("form[action='/admin/territory/communes'] button[type=submit]", "La commune est enregistrée.");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Nouvelle commune " + story.mark);
        visit("admin-territory", "fr");

        // and an organisation in that commune
        browser.get(site + "/admin/organisations");
        browser.findElement(By.id("name")).sendKeys("Union des maraîchers " + story.mark);
        new Select(browser.findElement(By.id("kind"))).selectByValue("UNION");
        new Select(browser.findElement(By.id("org-commune"))).selectByVisibleText("Nouvelle commune " + story.mark);
        browser.findElement(By.id("sectors")).sendKeys(Story.GARDENING);
        submit("form[method=post][action='/admin/organisations'] button[type=submit]", "L'organisation est enregistrée.");
        assertThat(browser.findElement(By.cssSelector("main table")).getText())
                .contains("Union des maraîchers " + story.mark, "Union ou faîtière");
        visit("admin-organisations", "fr");

        // then the platform's history shows it, newest first
        browser.get(site + "/admin/history");
        List<WebElement> rows = browser.findElements(By.cssSelector("main tbody tr"));
        assertThat(rows.get(0).getText()).contains("Enregistrement d'une organisation", "admin");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Compte créé", "Awa Konaté " + story.mark);
        visit("admin-history", "fr");
        signOut();

        // when the new account signs in, it sees that framework only, and no administration
        signInAs(username, password);
        assertThat(browser.findElements(By.cssSelector("main a[href='/frameworks/" + story.framework + "']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("main a[href^='/frameworks/']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("header a[href='/admin']"))).isEmpty();

        // then the framework's indicators show their charts over the cycles, each with its numbers beside it
        browser.findElement(By.cssSelector("header a[href='/indicators']"));
        browser.get(site + "/frameworks/" + story.framework + "/indicators");
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart[role=img]"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
        for (WebElement chart : charts) {
            String name = chart.findElement(By.tagName("title")).getAttribute("textContent");
            assertThat(name).isNotBlank();
            assertThat(chart.findElement(By.xpath("following-sibling::div[@class='numbers']/table")).getText()).isNotBlank();
        }
        assertThat(browser.findElement(By.id("chart-meetings-h")).findElement(By.xpath("..")).getText())
                .contains("Cycle 1, au 9 juillet 2008", "Cycle 2");
        assertThat(browser.findElement(By.id("chart-contributions-h")).findElement(By.xpath("..")).getText())
                .contains("Mairie", "FCFA");
        visit("indicators-framework", "fr");

        // and the country's, with a link down to the story's region, its cercle and its framework
        browser.get(site + "/indicators");
        assertThat(browser.findElements(By.cssSelector("svg.chart[role=img]"))).hasSizeGreaterThanOrEqualTo(4);
        visit("indicators-country", "fr");
        browser.findElement(By.cssSelector("a[href='/indicators/regions/" + story.region + "']")).click();
        waitFor("/indicators/regions/" + story.region);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Indicateurs : Région " + story.mark);
        visit("indicators-region", "fr");
        browser.findElement(By.cssSelector("a[href='/indicators/cercles/" + story.cercle + "']")).click();
        waitFor("/indicators/cercles/" + story.cercle);
        browser.findElement(By.cssSelector("a[href='/frameworks/" + story.framework + "/indicators']")).click();
        waitFor("/frameworks/" + story.framework + "/indicators");

        // and the framework's history names what was just done, and who did it, newest first
        browser.get(site + "/frameworks/" + story.framework + "/history");
        rows = browser.findElements(By.cssSelector("main tbody tr"));
        assertThat(rows.get(0).getText()).contains("Rôle attribué", "Awa Konaté " + story.mark,
                "Membre du comité de suivi");
        assertThat(browser.findElement(By.id("main")).getText())
                .contains("Adoption d'un plan d'action", "Test officer", "Signalement d'un obstacle");
        visit("history-framework", "fr");

        // and the administration is not for it: 403, and its page says so
        browser.get(site + "/admin/accounts");
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).startsWith("Votre rôle ne le permet pas");
        String session = browser.manage().getCookieNamed("kafo_session").getValue();
        for (String path : List.of("/admin", "/admin/accounts", "/admin/territory", "/admin/organisations",
                "/admin/history")) {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site + path))
                    .header("Accept", "text/html").header("Cookie", "kafo_session=" + session).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
        }

        // and another commune's framework has no indicators nor history for it
        browser.get(site + "/frameworks/" + foreign.framework + "/indicators");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cette page ne peut pas s'afficher");
        browser.get(site + "/frameworks/" + foreign.framework + "/history");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cette page ne peut pas s'afficher");

        // and the country's indicators read in English, at a later page's weight
        browser.get(site + "/indicators");
        switchTo("en");
        waitFor("/indicators");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Indicators: The whole country");
        assertThat(browser.findElement(By.id("chart-meetings-h")).getText()).isEqualTo("Meetings held and due");
        visit("indicators-country", "en");
        browser.get(site + "/frameworks/" + story.framework + "/indicators");
        long weight = ((Number) browser.executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .reduce((sum, e) => sum + (e.transferSize || 0), 0);""")).longValue();
        assertThat(weight).isPositive().isLessThanOrEqualTo(LATER_PAGE_BUDGET);
        visit("indicators-framework", "en");
    }

    /** Signs in on the sign-in page with a user name and password, and lands on its frameworks. */
    private void signInAs(String username, String password) {
        browser.get(site + "/signin");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor("/");
    }

    /** Sends a form by its button, and waits for the page it leads to, which says it was done. */
    private void submit(String button, String notice) {
        browser.findElement(By.cssSelector(button)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), notice));
    }
}
