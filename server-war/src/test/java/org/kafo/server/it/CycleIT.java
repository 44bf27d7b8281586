package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole cycle of a framework played through the pages only, each step by the role whose work it
 * is; the API sets up only what comes before the framework (the territory, the organisations, the
 * accounts' roles). The officer proposes the framework, admits its members and establishes it; the
 * cooperative and the women's group record their needs on a phone; the officer convenes the first
 * meeting, enters its attendance on a phone, holds it and minutes it, the cooperative approves; the
 * officer writes the first plan on a desk, corrects what the rules refuse and adopts it. Then, in
 * English (each account switches its own language): the committee is installed, reports and records an
 * obstacle; the cooperative notes progress and delivers its share; the second meeting reviews the plan
 * and adopts the next, whose first action continues the one carried over; the mandate is revised, the
 * obstacle resolved; the cockpit shows the second plan and the history names who did each step.
 */
class CycleIT extends InBrowser {

    private static final String SCHEME = "Aménagement du PIV de 30 ha";
    private static final String TRAINING = "Formation des membres à la gestion de l'eau";
    private static final String MARKET = "Jour de marché hebdomadaire";

    @Test
    void a_framework_s_whole_cycle_is_played_through_the_pages_by_the_roles_whose_work_each_step_is() throws Exception {
        // given a commune, its organisations and the team's roles in it: nothing of the framework yet
        Story story = new Story(team).territory().parties();
        String mark = story.mark;

        // 1. the officer proposes the framework from its frameworks' page
        desk();
        signIn("officer");
        follow(By.linkText("Proposer un cadre de concertation"));
        waitFor("/frameworks/new");
        new Select(browser.findElement(By.id("propose-commune"))).selectByValue(story.commune);
        browser.findElement(By.id("propose-name")).sendKeys("Cadre de concertation " + mark);
        browser.findElement(By.cssSelector("input[name=sectors][value='" + Story.IRRIGATION + "']")).click();
        browser.findElement(By.cssSelector("input[name=sectors][value='" + Story.GARDENING + "']")).click();
        setDay("propose-on", "2008-02-01");
        submit("form[action='/frameworks/new'] button.primary");
        notice("Le cadre est proposé. Admettez maintenant ses membres.");
        String framework = browser.getCurrentUrl().replaceAll(".*/frameworks/([^/]+)/members.*", "$1");
        String base = site + "/frameworks/" + framework;

        // and admits its four members, then establishes it on the council's deliberation
        admit(story.mairie, null, "Moussa Diarra", "MALE");
        admit(story.cooperative, Story.IRRIGATION, "Bakary Coulibaly", "MALE");
        admit(story.group, Story.GARDENING, "Awa Traoré", "FEMALE");
        admit(story.service, null, "Issa Sangaré", "MALE");
        assertThat(main().findElements(By.cssSelector("section[aria-labelledby=current] tbody tr"))).hasSize(4);
        visit("cycle-01-members", "fr");
        follow(By.linkText("Délibérations et statut"));
        waitFor("/frameworks/" + framework + "/deliberations");
        browser.findElement(By.id("establish-number")).sendKeys("2008-014/CR-" + mark);
        setDay("establish-date", "2008-03-15");
        browser.findElement(By.id("establish-decision")).sendKeys("Le conseil communal crée le cadre de concertation.");
        setDay("establish-on", "2008-03-20");
        submit("form[action$='/establishment'] button.primary");
        notice("Le cadre est créé sur la délibération du conseil communal.");
        assertThat(main().findElement(By.cssSelector("p .tag")).getText()).isEqualTo("Créé");
        visit("cycle-02-established", "fr");
        signOut();

        // 2. the cooperative and the women's group record their needs, each on a phone
        phone();
        need("cooperative", base, Story.IRRIGATION, "INVESTMENT", "PIV de 30 ha avec motopompe", "18 000 000");
        visit("cycle-03-need-cooperative", "fr");
        signOut();
        phone();
        need("group", base, Story.GARDENING, "BUSINESS_ENVIRONMENT_MEASURE", "Un jour de marché hebdomadaire", "");
        assertThat(main().getText()).contains("PIV de 30 ha avec motopompe", "Un jour de marché hebdomadaire",
                "Coopérative rizicole " + mark, "Groupement maraîcher " + mark);
        visit("cycle-04-needs", "fr");
        signOut();

        // 3. the officer convenes the first meeting
        desk();
        signIn("officer");
        browser.get(base);
        follow(By.linkText("Rencontres"));
        waitFor("/frameworks/" + framework + "/meetings");
        String meeting1 = convene("2008-04-10", "2008-03-31", "Examen des besoins des filières");

        // and enters its attendance on a phone, the quorum following the boxes
        phone();
        browser.navigate().refresh();
        tickPartiesWatchingTheQuorum(story);
        tick("present-" + story.service);
        visit("cycle-05-attendance", "fr");
        phone();
        submit("form[action$='/attendance'] button.primary");
        notice("La liste de présence a été enregistrée.");
        assertThat(browser.findElement(By.id("quorum")).getText())
                .contains("2 organisation(s) professionnelle(s) présente(s) sur 2");

        // and holds it, then records its minutes
        submit("form[action$='/holding'] button[type=submit]");
        notice("La rencontre est enregistrée comme tenue.");
        browser.findElement(By.id("minutesText")).sendKeys("Le cadre a examiné les besoins des deux filières.");
        submit("form[action$='/minutes'] button[type=submit]");
        notice("Le procès-verbal a été enregistré.");
        signOut();

        // and the cooperative approves the minutes, on its phone
        signIn("cooperative");
        browser.get(site + "/meetings/" + meeting1);
        submit("form[action$='/approvals'] button[type=submit]");
        notice("Votre avis sur le procès-verbal a été enregistré.");
        assertThat(browser.findElement(By.cssSelector("ul.approvals")).getText())
                .contains("approuvé Coopérative rizicole " + mark, "pas encore Mairie " + mark);
        visit("cycle-06-minutes-approved", "fr");
        signOut();

        // 4. the officer writes the first plan on a desk: a verdict while writing, corrected, adopted
        desk();
        signIn("officer");
        browser.get(base + "/plans");
        assertThat(main().getText()).contains("Aucun plan d'action n'a encore été adopté.");
        follow(By.linkText("Rédiger le prochain plan"));
        scheme(meeting1, story.mairie, "2008-07-01");
        verdicts(v -> v.contains("PLAN-5"));
        assertThat(main().getText()).contains("En l'état, le plan serait refusé");
        visit("cycle-07-plan-refused-while-written", "fr");
        add("share-0");
        typeShare(0, 1, story.cooperative, "IN_KIND", "1 500 000");
        verdicts(v -> !v.contains("PLAN-5") && v.contains("équilibré"));
        add("action");
        typeAction(1, TRAINING, Story.IRRIGATION, "TRAINING", story.cooperative, "2008-06-30", "300 000");
        typeShare(1, 0, story.cooperative, "CASH", "300 000");
        add("action");
        typeAction(2, MARKET, Story.GARDENING, "BUSINESS_ENVIRONMENT_MEASURE", story.mairie, "2008-05-31", "0");
        verdicts(v -> v.contains("Action 3") && !v.contains("bloquant"));
        settled();
        browser.findElement(By.cssSelector("button[name=do][value=adopt]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/plans/[0-9a-f-]+\\?done"));
        notice("Le plan d'action est adopté.");
        String plan1 = browser.getCurrentUrl().replaceAll(".*/plans/([0-9a-f-]+).*", "$1");
        assertThat(main().getText()).contains("Cycle 1", "En vigueur", SCHEME, TRAINING, MARKET, "18 000 000 FCFA");
        visit("cycle-08-plan-1", "fr");

        // 5. in English from here: the officer installs the committee at the first meeting
        browser.get(base + "/committee");
        english();
        assertThat(main().getText()).contains("Monitoring committee");
        setDay("install-on", "2008-04-10");
        fillCommitteeInstallation();
        submit("form[action$='/committee'] button.primary");
        notice("The monitoring committee is installed with its first mandate.");
        assertThat(main().findElements(By.cssSelector("section[aria-labelledby=seats] tbody tr"))).hasSize(3);
        signOut();

        // and the committee member files a report and records an obstacle on the scheme
        signIn("committee");
        browser.get(base + "/committee");
        english();
        open("form[action$='/reports']");
        browser.findElement(By.id("report-summary")).sendKeys("La formation avance ; le PIV attend sa motopompe.");
        setDay("report-on", "2008-05-20");
        submit("form[action$='/reports'] button.primary");
        notice("The report is filed.");
        open("form[action$='/obstacles']");
        new Select(browser.findElement(By.id("obstacle-action"))).selectByVisibleText(SCHEME);
        browser.findElement(By.id("obstacle-description")).sendKeys("La motopompe n'est pas livrée");
        setDay("obstacle-on", "2008-05-25");
        submit("form[action$='/obstacles'] button.primary");
        noticeStarts("The obstacle is recorded");
        assertThat(main().findElement(By.cssSelector("section[aria-labelledby=obstacles] tbody tr")).getText())
                .contains("La motopompe n'est pas livrée", SCHEME, "open");
        visit("cycle-09-committee-obstacle", "en");
        signOut();

        // and the cooperative, on its phone, notes progress on its training and delivers its share
        phone();
        signIn("cooperative");
        browser.get(site + "/plans/" + plan1);
        english();
        String training = actionId(TRAINING);
        follow(By.linkText(TRAINING));
        waitFor("/actions/" + training);
        browser.findElement(By.id("note-text")).sendKeys("Deux sessions sur quatre sont faites.");
        setDay("note-on", "2008-05-15");
        submit("form[action$='/notes'] button");
        notice("The progress note is recorded.");
        browser.findElement(By.id("delivery-amount")).sendKeys("300 000");
        setDay("delivery-on", "2008-05-15");
        submit("form[action$='/deliveries'] button");
        notice("The delivery is recorded.");
        assertThat(main().getText()).contains("Deux sessions sur quatre sont faites.", "Coopérative rizicole " + mark);
        assertThat(main().findElement(By.cssSelector("table.stack tbody tr")).getText()).as("pledged, then delivered")
                .contains("Cash XOF 300,000 XOF 300,000");
        visit("cycle-10-action-delivered", "en");
        signOut();

        // 6. the officer, in English as it left it, convenes the second meeting
        desk();
        signInAsChosen("officer");
        assertThat(language()).as("the officer's language is kept").isEqualTo("en");
        browser.get(base + "/meetings");
        String meeting2 = convene("2008-07-05", "2008-06-25", "Revue du plan du premier cycle");

        // and enters its attendance on a phone, holds it
        phone();
        browser.navigate().refresh();
        quorum("No quorum yet: the meeting cannot decide.");
        tick("present-" + story.mairie);
        tick("present-" + story.cooperative);
        tick("present-" + story.group);
        quorum("Quorum reached: the meeting can decide.");
        submit("form[action$='/attendance'] button.primary");
        notice("The attendance has been saved.");
        submit("form[action$='/holding'] button[type=submit]");
        notice("The meeting is recorded as held.");
        visit("cycle-11-meeting-2-held", "en");

        // and reviews the first plan: the scheme carried over, the training done, the market day dropped
        desk();
        browser.get(site + "/plans/" + plan1);
        assertThat(new Select(browser.findElement(By.id("review-meeting"))).getFirstSelectedOption().getText()).contains("2");
        outcome(SCHEME, "CARRIED_OVER", "La motopompe est livrée en retard");
        outcome(TRAINING, "DONE", null);
        outcome(MARKET, "DROPPED", "Le marché hebdomadaire se tient déjà à Kalaban");
        submit("form[action$='/review'] button.primary");
        notice("The plan's review is recorded.");
        assertThat(row(SCHEME)).contains("Carried over");
        assertThat(row(TRAINING)).contains("Done");
        assertThat(row(MARKET)).contains("Dropped");
        assertThat(main().getText()).contains("Reviewed on");
        visit("cycle-12-plan-1-reviewed", "en");

        // and writes the second plan: the scheme continues the carried-over one, which quiets CYC-1
        follow(By.linkText("Action plans"));
        follow(By.linkText("Write the next plan"));
        scheme(meeting2, story.mairie, "2008-09-30");
        add("share-0");
        typeShare(0, 1, story.cooperative, "IN_KIND", "1 500 000");
        verdicts(v -> v.contains("CYC-1"));
        assertThat(new Select(browser.findElement(By.id("a0-from"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("— a new action —", SCHEME);
        new Select(browser.findElement(By.id("a0-from"))).selectByVisibleText(SCHEME);
        verdicts(v -> !v.contains("CYC-1") && !v.contains("blocking"));
        visit("cycle-13-plan-2-written", "en");
        settled();
        browser.findElement(By.cssSelector("button[name=do][value=adopt]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/plans/[0-9a-f-]+\\?done"));
        notice("The action plan is adopted.");
        assertThat(main().getText()).contains("Cycle 2", "In force", SCHEME, "XOF 16,500,000");

        // 7. the officer revises the committee's mandate for the second plan: two versions side by side
        browser.get(base + "/committee");
        open("form[action$='/mandates']");
        WebElement duties = browser.findElement(By.id("revise-duties"));
        duties.clear();
        duties.sendKeys("Vérifier l'avancement des actions\nSuivre la livraison de la motopompe");
        setDay("revise-start", "2008-07-05");
        setDay("revise-end", "2008-10-04");
        assertThat(new Select(browser.findElement(By.id("revise-plan"))).getFirstSelectedOption().getText()).contains("2");
        browser.findElement(By.id("revise-reason")).sendKeys("Deuxième plan adopté ; la motopompe est en retard");
        setDay("revise-on", "2008-07-05");
        submit("form[action$='/mandates'] button.primary");
        noticeStarts("The mandate is revised");
        List<WebElement> versions = main().findElements(By.cssSelector(".versions section.version"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).getText()).contains("Version 2", "Suivre la livraison de la motopompe");
        assertThat(versions.get(0).getRect().getY()).as("side by side on a desk").isEqualTo(versions.get(1).getRect().getY());
        visit("cycle-14-mandate-versions", "en");
        signOut();

        // and the committee member resolves the obstacle
        signInAsChosen("committee");
        browser.get(base + "/committee");
        open("form[action$='/resolution']");
        browser.findElement(By.cssSelector("form[action$='/resolution'] input[name=resolution]"))
                .sendKeys("La motopompe est livrée et installée");
        browser.executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.cssSelector("form[action$='/resolution'] input[name=on]")), "2008-07-20");
        submit("form[action$='/resolution'] button.primary");
        notice("The obstacle is resolved.");
        assertThat(main().findElement(By.cssSelector("section[aria-labelledby=obstacles] tbody tr")).getText())
                .contains("resolved", "La motopompe est livrée et installée");
        signOut();

        // 8. the cockpit shows the second plan in force, no obstacle open, and the history who did what
        signInAsChosen("officer");
        browser.get(base);
        String cockpit = main().getText();
        assertThat(cockpit).contains("Action plan in force", "Cycle 2", SCHEME, "Mairie " + mark);
        assertThat(main().findElement(By.cssSelector("section[aria-labelledby=plan] tbody")).findElements(By.tagName("tr")))
                .hasSize(1);
        assertThat(main().findElement(By.cssSelector("section[aria-labelledby=obstacles]")).findElements(By.tagName("li")))
                .isEmpty();
        visit("cycle-15-cockpit", "en");
        follow(By.linkText("History"));
        waitFor("/history");
        visit("cycle-16-history", "en");
        List<String> lines = history();
        assertThat(lines).anyMatch(l -> l.contains("Test officer") && l.contains("Framework proposed"))
                .anyMatch(l -> l.contains("Test officer") && l.contains("Framework established"))
                .anyMatch(l -> l.contains("Test cooperative") && l.contains("Need recorded"))
                .anyMatch(l -> l.contains("Test group") && l.contains("Need recorded"))
                .anyMatch(l -> l.contains("Test cooperative") && l.contains("Minutes approved"))
                .anyMatch(l -> l.contains("Test officer") && l.contains("Action plan adopted"))
                .anyMatch(l -> l.contains("Test officer") && l.contains("Monitoring committee installed"))
                .anyMatch(l -> l.contains("Test committee") && l.contains("Obstacle recorded"))
                .anyMatch(l -> l.contains("Test committee") && l.contains("report filed"))
                .anyMatch(l -> l.contains("Test cooperative") && l.contains("progress noted"))
                .anyMatch(l -> l.contains("Test cooperative") && l.contains("Contribution delivered"))
                .anyMatch(l -> l.contains("Test officer") && l.contains("Action plan reviewed"))
                .anyMatch(l -> l.contains("Test officer") && l.contains("mandate revised"))
                .anyMatch(l -> l.contains("Test committee") && l.contains("Obstacle resolved"));
        assertThat(lines.stream().filter(l -> l.contains("Action plan adopted"))).hasSize(2);
    }

    private WebElement main() {
        return browser.findElement(By.id("main"));
    }

    /** Signs out, and the next person comes with a device of their own (no cookie left, the language either). */
    @Override
    void signOut() {
        super.signOut();
        browser.manage().deleteAllCookies();
    }

    /** Follows a link once the page that has it is there. */
    private void follow(By link) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(link)).click();
    }

    private void phone() {
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    private void desk() {
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    /** The account switches its own language to English (kept for its next sign-ins). */
    private void english() {
        switchTo("en");
    }
    /** Sends a form and waits for the page that answers it. */
    private void submit(String button) {
        WebElement before = main();
        WebElement send = browser.findElement(By.cssSelector(button));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
        send.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("main")).isEmpty());
    }

    private void notice(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector(".notice"), text));
    }

    private void noticeStarts(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                d -> d.findElements(By.cssSelector(".notice")).stream().anyMatch(n -> n.getText().startsWith(text)));
    }

    /** Opens the folded form that holds this form. */
    private void open(String form) {
        WebElement details = browser.findElement(By.cssSelector("details.act:has(" + form + ")"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", details);
        details.findElement(By.tagName("summary")).click();
    }

    /** On the members page, one organisation admitted with its representative. */
    private void admit(String organisation, String sector, String person, String sex) {
        new Select(browser.findElement(By.id("admit-organisation"))).selectByValue(organisation);
        if (sector != null) {
            browser.findElement(By.cssSelector("form[action$='/members'] input[name=sectors][value='" + sector + "']")).click();
        }
        person("admit", "1", person, sex);
        setDay("admit-from", "2008-03-01");
        submit("form[action$='/members'] button.primary");
        notice("Le membre est admis.");
    }

    /** A representative signs in and records its organisation's need, reaching the needs from its frameworks. */
    private void need(String role, String base, String sector, String kind, String description, String cost) {
        signIn(role);
        follow(By.partialLinkText("Cadre de concertation"));
        follow(By.linkText("Besoins"));
        waitFor("/needs");
        new Select(browser.findElement(By.id("sector"))).selectByValue(sector);
        new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
        browser.findElement(By.id("description")).sendKeys(description);
        if (!cost.isEmpty()) {
            browser.findElement(By.id("cost")).sendKeys(cost);
        }
        setDay("on", "2008-03-25");
        submit("form[action$='/needs'] button[type=submit]");
        notice("Le besoin a été enregistré.");
        assertThat(browser.getCurrentUrl()).startsWith(base);
    }

    /** On the meetings page, a meeting convened; its page follows, whose id is returned. */
    private String convene(String plannedOn, String issuedOn, String item) {
        setDay("plannedOn", plannedOn);
        browser.findElement(By.id("venue")).sendKeys("Salle de la mairie");
        setDay("issuedOn", issuedOn);
        browser.findElement(By.id("items")).sendKeys(item);
        submit("form[action$='/meetings'] button[type=submit]");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/meetings/"));
        assertThat(browser.findElement(By.id("agenda")).findElement(By.xpath("..")).getText()).contains(item);
        return browser.getCurrentUrl().replaceAll(".*/meetings/([0-9a-f-]+).*", "$1");
    }
    /** On the writing page, the meeting proposed, then the scheme typed first with the municipality's share. */
    private void scheme(String meeting, String mairie, String due) {
        waitFor("/plans/new");
        assertThat(new Select(browser.findElement(By.id("meeting"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(meeting);
        typeAction(0, SCHEME, Story.IRRIGATION, "INFRASTRUCTURE", mairie, due, "18 000 000");
        typeShare(0, 0, mairie, "CASH", "16 500 000");
    }

    /** One more row: the form comes back with what was typed and an empty row. */
    private void add(String what) {
        settled();
        WebElement button = browser.findElement(By.cssSelector("button[name=do][value='" + what + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }

    /** Waits until no live check is under way (htmx marks the form while it asks). */
    private void settled() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                d -> d.findElements(By.cssSelector(".htmx-request")).isEmpty());
    }

    private void verdicts(Predicate<String> expected) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                d -> expected.test(d.findElement(By.id("plan-verdicts")).getText()));
    }

    /** The id of an action of the plan shown, from its link. */
    private String actionId(String title) {
        return browser.findElement(By.linkText(title)).getAttribute("href").replaceAll(".*/actions/([0-9a-f-]+).*", "$1");
    }

    /** On the plan's review, an action's outcome and its reason. */
    private void outcome(String title, String outcome, String reason) {
        String action = actionId(title);
        WebElement radio = browser.findElement(By.cssSelector("input[name='outcome-" + action + "'][value=" + outcome + "]"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        radio.click();
        if (reason != null) {
            browser.findElement(By.id("reason-" + action)).sendKeys(reason);
        }
    }

    /** The plan table's row of an action. */
    private String row(String title) {
        return browser.findElement(By.linkText(title)).findElement(By.xpath("ancestor::tr")).getText();
    }

    /** Every line of the framework's history, page after page. */
    private List<String> history() {
        List<String> lines = new ArrayList<>();
        while (true) {
            main().findElements(By.cssSelector("tbody tr")).forEach(r -> lines.add(r.getText()));
            List<WebElement> older = browser.findElements(By.cssSelector("nav.pager a[rel=next]"));
            if (older.isEmpty()) {
                return lines;
            }
            WebElement before = main();
            older.get(0).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
        }
    }
}
