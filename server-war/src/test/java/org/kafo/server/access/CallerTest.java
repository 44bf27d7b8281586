package org.kafo.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void messages_are_in_the_first_of_french_or_english_the_caller_accepts() {
        Caller caller = new Caller();
        caller.accept("GET", List.of(Locale.forLanguageTag("bm"), Locale.forLanguageTag("fr-ML"), Locale.ENGLISH), "/api");
        assertThat(caller.locale()).isEqualTo(Locale.FRENCH);
        caller.accept("GET", List.of(Locale.forLanguageTag("de")), "/api");
        assertThat(caller.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_malformed_accept_language_means_the_default_language_not_a_failure() {
        assertThat(Caller.languages("fr;q=abc")).isEmpty();
        assertThat(Caller.languages("fr;q=abc, en-GB;q=0.5")).containsExactly(Locale.forLanguageTag("en-GB"));
        assertThat(Caller.languages(";;;,,,=q;fr")).isEmpty();
        assertThat(Caller.languages("en;q=0.5, fr-ML;q=0.9, *;q=0.1")).containsExactly(Locale.forLanguageTag("fr-ML"),
                Locale.ENGLISH);
        assertThat(Caller.languages("fr;q=0, en")).containsExactly(Locale.ENGLISH);
        assertThat(Caller.languages("x".repeat(10_000) + ", fr")).containsExactly(Locale.FRENCH);
        Caller caller = new Caller();
        caller.accept("GET", Caller.languages("fr;q=abc"), "/api/ping");
        assertThat(caller.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_body_is_what_was_read_of_it_and_empty_without_one() {
        Caller caller = new Caller();
        assertThat(caller.body()).isEmpty();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        caller.receiving(copy);
        copy.writeBytes("{\"on\": \"2008-04-10\", \"venue\": \"Mairie de Dioro\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(caller.body()).isEqualTo("{\"on\": \"2008-04-10\", \"venue\": \"Mairie de Dioro\"}");
    }

    @Test
    void a_request_has_no_decision_until_the_policy_makes_one() {
        Caller caller = new Caller();
        assertThat(caller.decision()).isNull();
        caller.decided(Permission.ADOPT_PLAN, null);
        assertThat(caller.decision().operation()).isEqualTo(Permission.ADOPT_PLAN);
    }
}
