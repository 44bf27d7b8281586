package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;

/**
 * Asks the whole PACT rule book about a command, as the process does, and keeps the verdicts of
 * one rule. On the way, every verdict of every rule must name facts and format in English and in
 * French with no placeholder left: a rule test that produces a verdict also tests its messages.
 */
final class PactCheck {

    private PactCheck() {
    }

    static List<Verdict> verdicts(String ruleId, Object command, Situation situation) {
        return verdicts(ruleId, command, situation, RuleProfile.pact());
    }

    static List<Verdict> verdicts(String ruleId, Object command, Situation situation, RuleProfile profile) {
        RuleBook book = RuleBook.builder(profile).pack(PactRules.pack()).build();
        List<Verdict> all = book.check(command, situation);
        all.forEach(verdict -> assertFormats(book, verdict));
        return all.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    }

    /** The verdict names facts and reads fully in both languages, differently in each. */
    static void assertFormats(RuleBook book, Verdict verdict) {
        assertThat(verdict.facts()).as("facts of %s", verdict.messageKey()).isNotEmpty();
        assertThat(verdict.messageKey()).startsWith(verdict.ruleId() + ".");
        String english = book.message(verdict, Locale.ENGLISH);
        String french = book.message(verdict, Locale.FRENCH);
        for (String message : List.of(english, french)) {
            assertThat(message).as("message of %s with facts %s", verdict.messageKey(), verdict.facts())
                    .isNotBlank()
                    .doesNotContain("{")
                    .doesNotContain("}")
                    .doesNotStartWith(verdict.ruleId() + " " + verdict.messageKey())
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
        assertThat(french).as("French message of %s", verdict.messageKey()).isNotEqualTo(english);
    }
}
