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
