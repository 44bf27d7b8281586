package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A framework's life and its committee in the browser: a commune officer proposes a framework (the
 * rules refuse to establish it before every sector has its organisation), admits its members and
 * establishes it on the council's deliberation;
 * on a framework whose first plan is adopted, the officer installs the committee, the committee
 * files a report and records an obstacle, the officer revises the mandate and the two versions
 * stand side by side; a partner reads the committee and finds no button.
 */
class FrameworkAndCommitteePagesIT extends InBrowser {

    @Test
    void an_officer_proposes_a_framework_admits_its_members_and_establishes_it_on_the_council_s_deliberation()
            throws Exception {
        // given a fresh commune with its parties, where the officer has a role
        Story story = new Story(team).territory().parties();
        signIn("officer");

        // when the officer proposes a framework for two sectors, its members page follows
        browser.get(site + "/frameworks/new");
        new Select(browser.findElement(By.id("propose-commune"))).selectByValue(story.commune);
        browser.findElement(By.id("propose-name")).sendKeys("Cadre de concertation " + story.mark);
        sector("form[action='/frameworks/new']", Story.IRRIGATION).click();
        sector("form[action='/frameworks/new']", Story.GARDENING).click();
        setDay("propose-on", "2008-02-01");
        visit("framework-new", "fr");
        submit("form[action='/frameworks/new'] button.primary");
        assertThat(notice()).isEqualTo("Le cadre est proposé. Admettez maintenant ses membres.");
        WebElement tab = main().findElement(By.cssSelector("nav.tabs a[aria-current=page]"));
        assertThat(tab.getText()).isEqualTo("Membres");
        String framework = tab.getAttribute("href").replaceAll(".*/frameworks/([^/]+)/members", "$1");

        // and admits the municipality, the cooperative and the technical service
        admit(story.mairie, null, "Moussa Diarra", "MALE");
        admit(story.cooperative, Story.IRRIGATION, "Bakary Coulibaly", "MALE");
        admit(story.service, null, "Issa Sangaré", "MALE");

        // then the council's deliberation cannot establish it yet: market gardening has no organisation (EST-3)
        establish(framework, story);
        assertThat(main().findElement(By.cssSelector(".error-summary .verdicts")).getText()).contains("EST-3");
        assertThat(browser.findElement(By.id("establish-number")).getAttribute("value")).isEqualTo("2008-014/CR-" + story.mark);
        visit("framework-deliberations-refused", "fr");

        // when the women's market gardening group is admitted too
        browser.findElement(By.linkText("Membres")).click();
        waitFor("/frameworks/" + framework + "/members");
        admit(story.group, Story.GARDENING, "Awa Traoré", "FEMALE");
        // and the support programme, based in no commune, is offered and admitted as well
        admit(story.programme, null, "Mariam Konaté", "FEMALE");
        assertThat(main().findElements(By.cssSelector("section[aria-labelledby=current] tbody tr"))).hasSize(5);
        assertThat(main().getText()).contains("Coopérative rizicole " + story.mark, "Awa Traoré", "petite irrigation",
                "Programme d'appui " + story.mark);
        visit("framework-members", "fr");

        // then the same deliberation establishes it
        establish(framework, story);
        assertThat(notice()).isEqualTo("Le cadre est créé sur la délibération du conseil communal.");
        assertThat(main().findElement(By.cssSelector("p .tag")).getText()).isEqualTo("Créé");
        assertThat(main().getText()).contains("2008-014/CR-" + story.mark, "20 mars 2008");
        visit("framework-deliberations", "fr");

        // then a partner reads the members with no button to change them
        signOut();
        signIn("partner");
        browser.get(site + "/frameworks/" + framework + "/members");
        assertThat(main().getText()).contains("Moussa Diarra");
        assertThat(main().findElements(By.cssSelector("form[method=post]"))).isEmpty();
        browser.get(site + "/frameworks/" + framework + "/deliberations");
        assertThat(main().findElements(By.cssSelector("form[method=post]"))).isEmpty();
    }

    @Test
    void the_committee_is_installed_reports_and_records_an_obstacle_and_its_mandate_versions_stand_side_by_side()
            throws Exception {
        // given a framework whose first meeting adopted a plan, with no committee yet
        Story story = new Story(team).planAdopted();
        String committee = site + "/frameworks/" + story.framework + "/committee";

        // when the officer installs the committee at the first meeting, a person for each of three members
        signIn("officer");
        browser.get(committee);
        assertThat(main().getText()).contains("Le comité de suivi n'est pas encore installé.");
        setDay("install-on", "2008-04-10");
        fillCommitteeInstallation();
        submit("form[action$='/committee'] button.primary");
        assertThat(notice()).isEqualTo("Le comité de suivi est installé avec son premier mandat.");
        assertThat(main().findElements(By.cssSelector("section[aria-labelledby=seats] tbody tr"))).hasSize(3);

        // and the committee files a report and records an obstacle on the irrigation scheme
        signOut();
        signIn("committee");
        browser.get(committee);
        assertThat(main().findElements(By.cssSelector("form[action$='/mandates']"))).as("the mandate is the commune's").isEmpty();
        open("form[action$='/reports']");
        browser.findElement(By.id("report-summary")).sendKeys("Le jour de marché est lancé ; le PIV attend sa motopompe.");
        setDay("report-on", "2008-05-20");
        submit("form[action$='/reports'] button.primary");
        assertThat(notice()).isEqualTo("Le rapport est déposé.");
        open("form[action$='/obstacles']");
        new Select(browser.findElement(By.id("obstacle-action"))).selectByVisibleText("Aménagement du PIV de 30 ha");
        browser.findElement(By.id("obstacle-description")).sendKeys("La motopompe n'est pas livrée");
        setDay("obstacle-on", "2008-05-25");
        submit("form[action$='/obstacles'] button.primary");
        assertThat(notice()).startsWith("L'obstacle est enregistré");
        WebElement obstacle = main().findElement(By.cssSelector("section[aria-labelledby=obstacles] tbody tr"));
        assertThat(obstacle.getText()).contains("La motopompe n'est pas livrée", "Aménagement du PIV de 30 ha", "ouvert",
                "pas encore signalé");

        // and the officer revises the mandate: a longer period, a new duty for the pump
        signOut();
        signIn("officer");
        browser.get(committee);
        open("form[action$='/mandates']");
        WebElement duties = browser.findElement(By.id("revise-duties"));
        duties.clear();
        duties.sendKeys("Vérifier l'avancement des actions\nSuivre la livraison de la motopompe");
        setDay("revise-end", "2008-07-31");
        browser.findElement(By.id("revise-reason")).sendKeys("La motopompe est en retard");
        setDay("revise-on", "2008-05-30");
        submit("form[action$='/mandates'] button.primary");
        assertThat(notice()).startsWith("Le mandat est révisé");

        // then the two versions stand side by side, what changed marked in the second
        List<WebElement> versions = main().findElements(By.cssSelector(".versions section.version"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).findElements(By.cssSelector(".tag.changed"))).isEmpty();
        assertThat(versions.get(1).getText()).contains("Version 2", "La motopompe est en retard",
                "Suivre la livraison de la motopompe", "Signaler les obstacles au cadre");
        assertThat(versions.get(1).findElements(By.cssSelector(".tag.changed"))).hasSize(2);
        assertThat(versions.get(1).findElement(By.cssSelector("li.dropped")).getText()).contains("Signaler les obstacles au cadre");
        assertThat(versions.get(0).getRect().getY()).as("side by side on a desk").isEqualTo(versions.get(1).getRect().getY());
        visit("framework-committee", "fr");
        switchTo("en");
        assertThat(main().getText()).contains("Monitoring committee", "Version 2", "changed");
        visit("framework-committee", "en");
        switchTo("fr");

        // and a partner reads the committee with no button at all
        signOut();
        signIn("partner");
        browser.get(committee);
        assertThat(main().findElements(By.cssSelector(".versions section.version"))).hasSize(2);
        assertThat(main().getText()).contains("La motopompe n'est pas livrée");
        assertThat(main().findElements(By.cssSelector("form[method=post]"))).isEmpty();
        assertThat(main().findElements(By.cssSelector("details.act"))).isEmpty();
    }

    private WebElement main() {
        return browser.findElement(By.id("main"));
    }

    /** A sector's box in a form. */
    private WebElement sector(String form, String code) {
        return browser.findElement(By.cssSelector(form + " input[name=sectors][value='" + code + "']"));
    }

    /** Opens the folded form that holds this form. */
    private void open(String form) {
        WebElement details = browser.findElement(By.cssSelector("details.act:has(" + form + ")"));
        details.findElement(By.tagName("summary")).click();
    }

    /** Sends a form and waits for the page that answers it. */
    private void submit(String button) {
        WebElement before = main();
        browser.findElement(By.cssSelector(button)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("main")).isEmpty());
    }

    private String notice() {
        return main().findElement(By.cssSelector(".notice")).getText();
    }

    /** On the deliberations page, the council's deliberation that establishes the framework, sent. */
    private void establish(String framework, Story story) {
        browser.findElement(By.linkText("Délibérations et statut")).click();
        waitFor("/frameworks/" + framework + "/deliberations");
        browser.findElement(By.id("establish-number")).sendKeys("2008-014/CR-" + story.mark);
        setDay("establish-date", "2008-03-15");
        browser.findElement(By.id("establish-decision")).sendKeys("Le conseil communal crée le cadre de concertation.");
        setDay("establish-on", "2008-03-20");
        submit("form[action$='/establishment'] button.primary");
    }

    private void admit(String organisation, String sector, String person, String sex) {
        new Select(browser.findElement(By.id("admit-organisation"))).selectByValue(organisation);
        if (sector != null) {
            sector("form[action$='/members']", sector).click();
        }
        person("admit", "1", person, sex);
        setDay("admit-from", "2008-03-01");
        submit("form[action$='/members'] button.primary");
        assertThat(notice()).isEqualTo("Le membre est admis.");
    }
}
