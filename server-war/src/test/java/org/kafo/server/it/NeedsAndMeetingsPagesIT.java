package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The needs and meetings pages in a real browser: the cooperative and the women's group record
 * their needs (the group corrects its own), the commune officer convenes the first meeting, enters
 * its attendance on a 360 px phone while the quorum follows the boxes ticked, holds it and records
 * its minutes; the cooperative approves them for itself; a partner reads the meeting and finds no
 * button.
 */
class NeedsAndMeetingsPagesIT extends InBrowser {

    @Test
    void needs_are_recorded_and_the_first_meeting_is_convened_attended_held_minuted_and_approved() throws Exception {
        // given an established framework, no need recorded yet
        Story story = new Story(team).established();
        String needs = site + "/frameworks/" + story.framework + "/needs";

        // when the cooperative records its need
        signIn("cooperative");
        browser.get(needs);
        assertThat(new Select(browser.findElement(By.id("raisedBy"))).getOptions()).as("its own organisation only")
                .extracting(WebElement::getText).containsExactly("Coopérative rizicole " + story.mark);
        new Select(browser.findElement(By.id("sector"))).selectByValue(Story.IRRIGATION);
        new Select(browser.findElement(By.id("kind"))).selectByValue("INVESTMENT");
        browser.findElement(By.id("description")).sendKeys("PIV de 30 ha avec motopompe");
        browser.findElement(By.id("cost")).sendKeys("18 000 000");
        day("on", "2008-03-25");
        submit("form[action$='/needs'] button[type=submit]");
        notice("Le besoin a été enregistré.");
        signOut();

        // and the women's group records its own, then corrects it
        signIn("group");
        browser.get(needs);
        new Select(browser.findElement(By.id("sector"))).selectByValue(Story.GARDENING);
        new Select(browser.findElement(By.id("kind"))).selectByValue("BUSINESS_ENVIRONMENT_MEASURE");
        browser.findElement(By.id("description")).sendKeys("Un jour de marché");
        day("on", "2008-03-25");
        submit("form[action$='/needs'] button[type=submit]");
        notice("Le besoin a été enregistré.");
        assertThat(browser.findElement(By.id("main")).getText()).contains("PIV de 30 ha avec motopompe",
                "18 000 000 FCFA", "Coopérative rizicole " + story.mark, "Un jour de marché");
        visit("needs", "fr");
        browser.findElement(By.linkText("Un jour de marché")).click();
        waitForElement("#correctionReason");
        assertThat(browser.findElements(By.cssSelector("form[action$='/withdrawal']"))).hasSize(1);
        browser.findElement(By.id("description")).clear();
        browser.findElement(By.id("description")).sendKeys("Un jour de marché hebdomadaire");
        browser.findElement(By.id("correctionReason")).sendKeys("Précisé en assemblée du groupement");
        day("correctedOn", "2008-03-28");
        submit("form[action$='/correction'] button[type=submit]");
        notice("La correction a été enregistrée.");
        assertThat(browser.findElement(By.id("corrections")).findElement(By.xpath("..")).getText())
                .contains("Précisé en assemblée du groupement");
        visit("need", "fr");
        signOut();

        // when the officer convenes the first meeting
        signIn("officer");
        browser.get(site + "/frameworks/" + story.framework + "/meetings");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Aucune rencontre");
        day("plannedOn", "2008-04-10");
        browser.findElement(By.id("venue")).sendKeys("Salle de la mairie");
        day("issuedOn", "2008-03-31");
        browser.findElement(By.id("items")).sendKeys("Divers");
        submit("form[action$='/meetings'] button[type=submit]");
        notice("La rencontre a été convoquée ; son ordre du jour figure ci-dessous.");
        String meeting = team.officer.get("frameworks/" + story.framework + "/meetings").expect(200).json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(browser.findElement(By.id("agenda")).findElement(By.xpath("..")).getText()).contains("Divers");

        // and enters the attendance on a phone: the quorum follows the boxes as they are ticked
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(site + "/meetings/" + meeting);
        tickPartiesWatchingTheQuorum(story);
        tick("youth-" + story.group);
        visit("meeting-attendance", "fr");
        submit("form[action$='/attendance'] button.primary");
        notice("La liste de présence a été enregistrée.");
        assertThat(browser.findElement(By.id("quorum")).getText()).contains("2 organisation(s) professionnelle(s) présente(s) sur 2");

        // and holds it, then records its minutes
        submit("form[action$='/holding'] button[type=submit]");
        notice("La rencontre est enregistrée comme tenue.");
        browser.findElement(By.id("minutesText")).sendKeys("Le cadre a examiné les besoins des deux filières.");
        submit("form[action$='/minutes'] button[type=submit]");
        notice("Le procès-verbal a été enregistré.");
        assertThat(browser.findElements(By.cssSelector("form[action$='/approvals']"))).as("the officer approves for the mairie")
                .hasSize(1);
        signOut();

        // when the cooperative approves the minutes for itself
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("cooperative");
        browser.get(site + "/meetings/" + meeting);
        assertThat(new Select(browser.findElement(By.id("party"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("Coopérative rizicole " + story.mark);
        submit("form[action$='/approvals'] button[type=submit]");
        notice("Votre avis sur le procès-verbal a été enregistré.");

        // then the page lists who approved and who has not
        String approvals = browser.findElement(By.cssSelector("ul.approvals")).getText();
        assertThat(approvals).contains("approuvé Coopérative rizicole " + story.mark, "pas encore Mairie " + story.mark);
        assertThat(browser.findElements(By.cssSelector("form[action$='/approvals']"))).isEmpty();
        visit("meeting-minutes", "fr");
        switchTo("en");
        assertThat(browser.findElement(By.cssSelector("ul.approvals")).getText()).contains("approved", "not yet");
        visit("meeting-minutes", "en");
        switchTo("fr");
        signOut();

        // and a partner reads the meeting and the needs with no button to act
        signIn("partner");
        browser.get(site + "/meetings/" + meeting);
        assertThat(browser.findElement(By.id("main")).getText()).contains("Le cadre a examiné les besoins");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main button"))).isEmpty();
        browser.get(needs);
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        visit("meeting-partner", "fr");
    }

    /** Types a day in a date field as its value (the browser shows it in its own format). */
    private void day(String id, String isoDay) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDay);
    }

    private void submit(String css) {
        WebElement button = browser.findElement(By.cssSelector(css));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void notice(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector(".notice"), text));
    }

    private void waitForElement(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }
}
