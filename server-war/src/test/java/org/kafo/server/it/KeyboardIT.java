package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages with the keyboard alone: the first Tab reaches the link that skips to the content, each
 * control is reached in reading order and shows where the focus is, Enter submits a form and follows
 * a link.
 */
class KeyboardIT extends InBrowser {

    @Test
    void an_officer_signs_in_and_opens_a_framework_with_the_keyboard_alone() {
        Story story = new Story(team).planAdopted();
        browser.get(site + "/signin");

        // the first Tab reaches the skip link, which is shown when focused
        tab();
        WebElement skip = focused();
        assertThat(skip.getAttribute("class")).contains("skip");
        assertThat(skip.getRect().getX()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);

        // then the header's controls, then the form's fields in order, each with a visible focus ring
        tabUntil("username");
        assertThat(focused().getCssValue("outline-style")).isNotEqualTo("none");
        new Actions(browser).sendKeys(team.username("officer")).perform();
        tab();
        assertThat(focused().getAttribute("id")).isEqualTo("password");
        new Actions(browser).sendKeys(Team.PASSWORD).sendKeys(Keys.ENTER).perform();
        waitFor("/");

        // and a framework is opened from the list with Enter
        String link = "/frameworks/" + story.framework;
        for (int i = 0; i < 30 && !link.equals(focusedLink()); i++) {
            tab();
        }
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    private void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** The path the focused element links to, or "". */
    private String focusedLink() {
        String href = focused().getAttribute("href");
        return href == null ? "" : href.replaceFirst("^https?://[^/]+", "");
    }

    private void tabUntil(String id) {
        for (int i = 0; i < 10 && !id.equals(focused().getAttribute("id")); i++) {
            tab();
        }
        assertThat(focused().getAttribute("id")).isEqualTo(id);
    }
}
