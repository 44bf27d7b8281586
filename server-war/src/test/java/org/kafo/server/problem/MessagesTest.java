package org.kafo.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]}");

    @Test
    void every_message_is_in_french_and_english_with_the_same_placeholders() {
        // given
        ResourceBundle english = Messages.bundle(Locale.ENGLISH);
        ResourceBundle french = Messages.bundle(Locale.FRENCH);

        // then
        assertThat(french.getLocale().getLanguage()).isEqualTo("fr");
        assertThat(new TreeSet<>(french.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
        for (String key : Collections.list(english.getKeys())) {
            assertThat(placeholders(french.getString(key))).as(key).isEqualTo(placeholders(english.getString(key)));
        }
    }

    @Test
    void french_is_french_and_english_english_whatever_the_machine_is_set_to() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(Messages.text(Locale.ENGLISH, "json.missing")).isEqualTo("This request needs a JSON body.");
            assertThat(Messages.text(Locale.GERMAN, "json.missing")).isEqualTo("This request needs a JSON body.");
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.text(Locale.CANADA_FRENCH, "json.missing")).isEqualTo("Cette requête attend un corps JSON.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void apostrophes_and_facts_come_out_as_written() {
        assertThat(Messages.text(Locale.FRENCH, "json.expected-whole", "/amount/amount", 0, Long.MAX_VALUE, "1.5"))
                .isEqualTo("/amount/amount doit être un nombre entier de 0 à 9223372036854775807, était 1.5.");
        assertThat(Messages.text(Locale.FRENCH, "json.encoding")).startsWith("Le corps n'est pas de l'UTF-8");
    }

    @Test
    void every_apostrophe_is_doubled_so_that_message_format_keeps_it() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            ResourceBundle bundle = Messages.bundle(language);
            for (String key : Collections.list(bundle.getKeys())) {
                assertThat(bundle.getString(key)).as(key).doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
