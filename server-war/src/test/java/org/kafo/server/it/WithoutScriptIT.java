package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages with JavaScript turned off, as on an old phone or a locked-down office PC: every form is a
 * plain form that posts and leads on. The browser's scripts are off for the whole class.
 */
class WithoutScriptIT extends InBrowser {

    @Override
    void configure(ChromeOptions options) {
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }

    @Test
    void an_officer_signs_in_reads_the_cockpit_changes_language_and_signs_out_without_javascript() throws Exception {
        // given a framework mid-cycle
        Story story = new Story(team).obstacleRecorded();

        // when the officer signs in with scripts off
        browser.get(site + "/signin");
        browser.findElement(By.id("username")).sendKeys(team.username("officer"));
        browser.findElement(By.id("password")).sendKeys(Team.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waitFor("/");
        inFrench();

        // then the frameworks and the cockpit are there, as with scripts on
        browser.findElement(By.cssSelector("a[href='/frameworks/" + story.framework + "']")).click();
        waitFor("/frameworks/" + story.framework);
        assertThat(browser.findElement(By.id("main")).getText()).contains("La motopompe n'est pas livrée");
        shot("noscript-cockpit-fr");

        // and the language switch and the password form post and lead on
        switchTo("en");
        waitFor("/frameworks/" + story.framework);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.get(site + "/account");
        browser.findElement(By.id("current")).sendKeys("not my password");
        browser.findElement(By.id("password")).sendKeys("a new long enough password");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        // (the click only starts the post: the page that answers it is waited for)
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary"))).getText())
                .isNotBlank();
        shot("noscript-account-en");

        // and signing out ends the session
        signOut();
        browser.get(site + "/frameworks/" + story.framework);
        assertThat(browser.getCurrentUrl()).endsWith("/signin");
    }

    /** A screenshot at a phone's width (axe needs scripts: it runs in the other browser tests). */
    private void shot(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(360, 1600));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + "-360.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
