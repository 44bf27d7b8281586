package org.kafo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A newcomer's language follows their account: chosen on the pages once signed in, it is kept on the
 * account and set again by signing in, in another browser too; before signing in, the browser's
 * cookie says it.
 */
class NewcomerPagesIT extends InBrowser {

    /** Accounts of their own, whose language no other test has chosen. */
    @BeforeEach
    void newcomers() {
        team = Team.other(deployment);
    }

    @Test
    void the_language_chosen_signed_in_is_the_account_s_and_comes_back_at_the_next_sign_in_on_a_fresh_browser()
            throws IOException {
        // given a partner signed in, the pages in French
        signIn("partner");
        assertThat(language()).isEqualTo("fr");
        assertThat(team.partner.get("me").expect(200).json().containsKey("language")).isFalse();
        visit("newcomer-frameworks", "fr");

        // when they choose English and sign out
        switchTo("en");
        waitFor("/");
        assertThat(language()).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My frameworks");
        assertThat(team.partner.get("me").expect(200).json().getString("language")).isEqualTo("en");
        signOut();

        // then the signed-out pages stay in English in this browser (the cookie)
        assertThat(language()).isEqualTo("en");

        // and a fresh browser starts in French and turns English as they sign in
        freshBrowser();
        browser.get(site + "/signin");
        assertThat(language()).isEqualTo("fr");
        signInAsChosen("partner");
        assertThat(language()).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My frameworks");
        visit("newcomer-frameworks", "en");

        // and back to French, kept the same way
        switchTo("fr");
        waitFor("/");
        assertThat(language()).isEqualTo("fr");
        freshBrowser();
        signInAsChosen("partner");
        assertThat(language()).isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mes cadres de concertation");
    }

    @Test
    void choosing_a_language_before_signing_in_changes_no_account() {
        // given a visitor who chooses English on the sign-in page
        browser.get(site + "/signin");
        switchTo("en");
        waitFor("/signin");
        assertThat(language()).isEqualTo("en");

        // when the committee member signs in on it
        signInAsChosen("committee");

        // then the pages stay in English, and the account has chosen nothing
        assertThat(language()).isEqualTo("en");
        assertThat(team.committee.get("me").expect(200).json().containsKey("language")).isFalse();
    }

    private void freshBrowser() throws IOException {
        browser.quit();
        browser();
    }
}
