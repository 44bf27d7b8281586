package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plans' pages in a real browser: the commune officer writes the first plan and sees the rules'
 * verdicts come and go as it is typed, adopts it and registers an action in the PDESC; the
 * cooperative follows its own action (a progress note, a delivery of its share) and finds no button
 * on the commune's. The check that the writing page asks is also asked of the API: it answers the
 * verdicts and adopts nothing.
 */
class PlanPagesIT extends InBrowser {

    @Test
    void the_officer_writes_the_plan_with_its_verdicts_and_the_cooperative_follows_its_own_action() throws Exception {
        // given a framework whose first meeting was held, with no plan yet
        Story story = new Story(team).firstMeetingHeld();
        signIn("officer");

        // when the officer opens the plans and writes the next one
        browser.get(site + "/frameworks/" + story.framework + "/plans");
        assertThat(text()).contains("Aucun plan d'action n'a encore été adopté.");
        visit("plans", "fr");
        browser.findElement(By.linkText("Rédiger le prochain plan")).click();
        waitFor("/plans/new");
        assertThat(new Select(browser.findElement(By.id("meeting"))).getFirstSelectedOption().getAttribute("value"))
                .as("the held meeting is proposed").isEqualTo(story.meeting1);
        assertThat(browser.findElement(By.id("end")).getAttribute("value")).isEqualTo("2008-07-09");

        typeAction(0, "Aménagement du PIV de 30 ha", Story.IRRIGATION, "INFRASTRUCTURE", story.mairie, "2008-07-01",
                "18 000 000");
        typeShare(0, 0, story.mairie, "CASH", "16 500 000");
        add("share-0");
        typeShare(0, 1, story.cooperative, "IN_KIND", "1 000 000");
        add("share-0");
        typeShare(0, 2, story.programme, "CASH", "500 000");

        // then the support programme's share of an infrastructure is refused while it is written
        verdicts(v -> v.contains("PLAN-4"));
        assertThat(browser.findElement(By.id("plan-verdicts")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(text()).contains("En l'état, le plan serait refusé");
        visit("plan-writing", "fr");

        // and corrected, the verdict goes; the totals add up
        new Select(browser.findElement(By.id("a0-s2-party"))).selectByValue(story.cooperative);
        verdicts(v -> !v.contains("PLAN-4") && v.contains("PLAN-7"));
        assertThat(browser.findElement(By.id("plan-verdicts")).getText()).contains("équilibré");

        add("action");
        typeAction(1, "Formation des membres à la gestion de l'eau", Story.IRRIGATION, "TRAINING", story.cooperative,
                "2008-06-30", "300 000");
        typeShare(1, 0, story.cooperative, "CASH", "300 000");
        verdicts(v -> v.contains("Action 2") && !v.contains("bloquant"));

        // and the plan is adopted
        browser.findElement(By.cssSelector("button[name=do][value=adopt]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/plans/[0-9a-f-]+\\?done"));
        assertThat(text()).contains("Le plan d'action est adopté.", "Aménagement du PIV de 30 ha",
                "Formation des membres à la gestion de l'eau");
        String plan = browser.getCurrentUrl().replaceAll(".*/plans/([0-9a-f-]+).*", "$1");
        JsonObject adopted = team.officer.get("plans/" + plan).expect(200).json();
        String scheme = actionId(adopted, "Aménagement du PIV de 30 ha");
        String training = actionId(adopted, "Formation des membres à la gestion de l'eau");
        assertThat(browser.findElements(By.cssSelector("tr.overdue"))).as("2008's actions are overdue").hasSize(2);
        visit("plan", "fr");

        // and the officer registers the scheme in the PDESC
        browser.findElement(By.linkText("Aménagement du PIV de 30 ha")).click();
        waitFor("/actions/" + scheme);
        browser.findElement(By.id("pdesc-entry")).sendKeys("PDESC 2006-2010, axe 2.3");
        browser.findElement(By.cssSelector("form[action$='/pdesc'] button")).click();
        waitFor("done=plan.done-pdesc");
        assertThat(text()).contains("L'inscription au PDESC est enregistrée.", "PDESC 2006-2010, axe 2.3");
        visit("plan-action", "fr");
        signOut();

        // when the cooperative opens the commune's action: no status, note or PDESC button, only its own shares
        signIn("cooperative");
        browser.get(site + "/plans/" + plan + "/actions/" + scheme);
        assertThat(browser.findElements(By.cssSelector("form[action$='/status'], form[action$='/notes'], form[action$='/pdesc']")))
                .isEmpty();
        assertThat(new Select(browser.findElement(By.id("delivery-share"))).getOptions())
                .extracting(o -> o.getAttribute("value")).noneMatch(v -> v.startsWith(story.mairie))
                .isNotEmpty();

        // and on its own action it notes progress and delivers its share
        browser.get(site + "/plans/" + plan + "/actions/" + training);
        browser.findElement(By.id("note-text")).sendKeys("Deux sessions sur quatre sont faites.");
        browser.findElement(By.cssSelector("form[action$='/notes'] button")).click();
        waitFor("done=plan.done-note");
        assertThat(text()).contains("La note d'avancement est enregistrée.", "Deux sessions sur quatre sont faites.");
        browser.findElement(By.id("delivery-amount")).sendKeys("deux cent mille");
        browser.findElement(By.cssSelector("form[action$='/deliveries'] button")).click();
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error"))).getText())
                .isEqualTo("Indiquez un montant entier en francs, par exemple 1 500 000.");
        browser.findElement(By.id("delivery-amount")).clear();
        browser.findElement(By.id("delivery-amount")).sendKeys("200 000");
        browser.findElement(By.cssSelector("form[action$='/deliveries'] button")).click();
        waitFor("done=plan.done-delivery");
        assertThat(text()).contains("Le versement est enregistré.", "200 000 FCFA");

        // and reads it in English
        switchTo("en");
        assertThat(text()).contains("Note progress", "Deliver a contribution");
        visit("plan-action-cooperative", "en");
    }

    @Test
    void the_check_answers_the_verdicts_a_plan_would_get_and_adopts_nothing() {
        // given a framework whose first meeting was held
        Story story = new Story(team).firstMeetingHeld();
        String refused = story.firstPlan().replace("{\"party\": \"" + story.cooperative + "\", \"form\": \"IN_KIND\"",
                "{\"party\": \"" + story.programme + "\", \"form\": \"IN_KIND\"");
        assertThat(refused).isNotEqualTo(story.firstPlan());

        // when the officer checks a plan where the programme pays for a scheme, then the story's plan
        JsonObject no = team.officer.post("frameworks/" + story.framework + "/plans/check", refused).expect(200).json();
        JsonObject yes = team.officer.post("frameworks/" + story.framework + "/plans/check", story.firstPlan())
                .expect(200).json();

        // then the first would be refused by PLAN-4, the second accepted with PLAN-7's warning, and nothing is adopted
        assertThat(no.getBoolean("accepted")).isFalse();
        assertThat(no.getJsonArray("verdicts").getValuesAs(JsonObject.class))
                .anyMatch(v -> v.getString("ruleId").equals("PLAN-4") && v.getString("severity").equals("BLOCKING"));
        assertThat(yes.getBoolean("accepted")).isTrue();
        assertThat(yes.getJsonArray("verdicts").getValuesAs(JsonObject.class))
                .noneMatch(v -> v.getString("severity").equals("BLOCKING"));
        assertThat(team.officer.get("frameworks/" + story.framework + "/plans").expect(200).json()
                .getJsonArray("items")).isEmpty();

        // and a role that may not adopt may not ask either
        team.cooperative.post("frameworks/" + story.framework + "/plans/check", story.firstPlan()).expect(403);
    }

    private String text() {
        return browser.findElement(By.id("main")).getText();
    }
    /** One more row: the form comes back with what was typed and an empty row. */
    private void add(String what) {
        WebElement button = browser.findElement(By.cssSelector("button[name=do][value='" + what + "']"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }

    /** Waits until the verdicts' region says what is expected. */
    private void verdicts(java.util.function.Predicate<String> expected) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                d -> expected.test(d.findElement(By.id("plan-verdicts")).getText()));
    }

    private static String actionId(JsonObject plan, String title) {
        return plan.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("title").equals(title)).findFirst().orElseThrow().getString("id");
    }
}
