package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Verdict;

@DisplayName("Messages of the PACT catalogue in English and French")
class RuleMessagesTest {

    /** The catalogue of domain.md, in its order. */
    static final List<String> CATALOGUE = List.of("EST-1", "EST-2", "EST-3", "EST-4", "NEED-1", "NEED-2",
            "NEED-3", "PLAN-1", "PLAN-2", "PLAN-3", "PLAN-4", "PLAN-5", "PLAN-6", "PLAN-7", "MON-1", "MON-2", "MON-3",
            "MON-4", "CYC-1", "CYC-2", "CYC-3", "MEET-1", "MEET-2", "GOV-1", "GOV-2");

    private final RuleBook book = PactRules.book();

    @Test
    void the_pact_book_holds_the_22_catalogue_rules_in_order() {
        assertThat(book.ruleIds()).containsExactlyElementsOf(CATALOGUE);
    }

    @Test
    void every_rule_has_messages_in_both_languages_with_the_same_placeholders() {
        assertThat(book.messageProblems()).isEmpty();
    }

    @Test
    void every_rule_says_what_it_checks_in_both_languages() {
        assertThat(book.descriptionProblems()).isEmpty();
    }

    @Test
    void every_rule_says_what_to_do_about_its_verdicts_in_both_languages() {
        assertThat(book.remedyProblems()).isEmpty();
        assertThat(CATALOGUE).allSatisfy(id -> assertThat(book.remedy(id, Locale.FRENCH)).as(id)
                .isNotEqualTo(book.remedy(id, Locale.ENGLISH)));
    }

    @Test
    void every_message_belongs_to_a_catalogue_rule() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle bundle = PactRules.pack().messages(language).orElseThrow();
            assertThat(Collections.list(bundle.getKeys()))
                    .allSatisfy(key -> assertThat(CATALOGUE).contains(key.substring(0, key.indexOf('.'))));
        }
    }

    @Test
    void a_word_after_a_count_takes_its_plural_form_rather_than_an_s_in_brackets() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle bundle = PactRules.pack().messages(language).orElseThrow();
            assertThat(Collections.list(bundle.getKeys())).allSatisfy(key ->
                    assertThat(bundle.getString(key)).as(key).doesNotContain("(s)"));
        }
        assertThat(book.message(Verdict.warning("MEET-1", "MEET-1.held-without-quorum", "meeting", 1, "present", 1,
                "members", 4, "needed", 2, "percent", 50), Locale.FRENCH))
                .contains("avec 1 organisation professionnelle sur 4, il en faut 2");
    }

    @Test
    void french_is_french_on_a_machine_set_to_english() {
        withDefaultLocale(Locale.ENGLISH, () -> {
            ResourceBundle french = PactRules.pack().messages(Locale.FRENCH).orElseThrow();
            assertThat(french.getLocale().getLanguage()).isEqualTo("fr");
            assertThat(french.getString("PLAN-1.too-long")).contains("dépasse {months} mois");
            return null;
        });
    }

    @Test
    void english_is_english_on_a_machine_set_to_french() {
        withDefaultLocale(Locale.FRANCE, () -> {
            ResourceBundle english = PactRules.pack().messages(Locale.ENGLISH).orElseThrow();
            assertThat(english.getString("PLAN-1.too-long")).contains("is longer than {months} {months|month|months}");
            RuleBook bookOnAFrenchMachine = PactRules.book();
            Verdict tooLong = tooLong();
            assertThat(bookOnAFrenchMachine.message(tooLong, Locale.ENGLISH))
                    .isEqualTo("The plan from 2025-03-01 to 2025-06-01 is longer than 3 months: it must end by 2025-05-31.");
            assertThat(bookOnAFrenchMachine.message(tooLong, Locale.FRENCH))
                    .isEqualTo("Le plan du 2025-03-01 au 2025-06-01 dépasse 3 mois : il doit s'achever au plus tard le 2025-05-31.");
            return null;
        });
    }

    @Test
    void a_language_other_than_french_reads_english() {
        assertThat(book.message(tooLong(), Locale.GERMAN)).startsWith("The plan from 2025-03-01");
        assertThat(book.message(tooLong(), Locale.CANADA_FRENCH)).startsWith("Le plan du 2025-03-01");
    }

    @Test
    void the_check_harness_catches_a_fact_missing_from_a_verdict() {
        // given a verdict that forgot its limit
        Verdict incomplete = Verdict.blocking("PLAN-1", "PLAN-1.too-long", "framework", "f", "start", "2025-03-01",
                "end", "2025-06-01", "months", 3);

        // then
        assertThat(book.message(incomplete, Locale.FRENCH)).contains("{limit}");
        assertThatThrownBy(() -> PactCheck.assertFormats(book, incomplete)).isInstanceOf(AssertionError.class);
    }

    @Test
    void the_check_harness_catches_a_key_with_no_message() {
        Verdict unknownKey = Verdict.blocking("PLAN-1", "PLAN-1.no-such-reason", "framework", "f");
        assertThatThrownBy(() -> PactCheck.assertFormats(book, unknownKey)).isInstanceOf(AssertionError.class);
    }

    private static Verdict tooLong() {
        return Verdict.blocking("PLAN-1", "PLAN-1.too-long", "framework", "f", "start", "2025-03-01",
                "end", "2025-06-01", "months", 3, "limit", "2025-05-31");
    }

    private static void withDefaultLocale(Locale locale, Supplier<Void> check) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            check.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
