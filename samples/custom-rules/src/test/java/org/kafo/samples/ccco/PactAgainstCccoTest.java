package org.kafo.samples.ccco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.process.Outcome;

/** Where the CCCo book parts from PACT's on the same commands and the same commune, and where not. */
@DisplayName("PACT's book against the CCCo book, on the same data")
class PactAgainstCccoTest {

    private static final Comparison COMPARISON = Comparison.pactAgainstCcco();
    private static final List<Comparison.Result> RESULTS = COMPARISON.runAll();

    @Test
    void a_framework_without_a_village_council_is_established_under_pact_but_not_under_the_ccco() {
        Comparison.Result result = result(1);

        accepted(result.pact());
        refused(result.ccco(), blocking("BF-CCCO-2", "too-few-village-councils"));
    }

    @Test
    void pact_warns_that_a_village_council_is_active_in_no_priority_sector_the_ccco_does_not() {
        Comparison.Result result = result(2);

        accepted(result.pact(), warning("EST-4", "outside-priority-sectors"));
        accepted(result.ccco());
    }

    @Test
    void establishing_with_two_village_councils_passes_both_books_with_pact_warning_twice() {
        Comparison.Result result = result(3);

        accepted(result.pact(), warning("EST-4", "outside-priority-sectors"), warning("EST-4", "outside-priority-sectors"));
        accepted(result.ccco());
    }

    @Test
    void only_the_municipality_convenes_under_the_ccco() {
        refused(result(4).ccco(), blocking("BF-CCCO-1", "not-the-mayor"));
        accepted(result(4).pact());
        accepted(result(5).pact());
        accepted(result(5).ccco());
    }

    @Test
    void a_six_month_plan_is_too_long_for_pact_and_fits_the_ccco_and_a_day_more_fits_neither() {
        refused(result(6).pact(), blocking("PLAN-1", "too-long"));
        accepted(result(6).ccco());
        refused(result(7).pact(), blocking("PLAN-1", "too-long"));
        refused(result(7).ccco(), blocking("PLAN-1", "too-long"));
        assertThat(result(7).pact().verdicts().get(0).facts()).containsEntry("months", "3");
        assertThat(result(7).ccco().verdicts().get(0).facts()).containsEntry("months", "6");
    }

    @Test
    void the_ccco_warns_when_its_last_village_council_leaves() {
        Comparison.Result result = result(8);

        accepted(result.pact());
        accepted(result.ccco(), warning("BF-CCCO-2", "village-council-leaving"));
    }

    @Test
    void the_books_differ_on_six_questions_of_eight() {
        assertThat(RESULTS).extracting(Comparison.Result::differs)
                .containsExactly(true, true, true, true, false, true, false, true);
    }

    @Test
    void every_verdict_of_either_book_reads_in_french_and_in_english() {
        for (Comparison.Result result : RESULTS) {
            readsInBothLanguages(result.pact(), COMPARISON.pactBook());
            readsInBothLanguages(result.ccco(), COMPARISON.cccoBook());
        }
    }

    @Test
    void the_comparison_prints_each_question_with_both_answers() {
        // given
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));

        // when
        try {
            CompareWithPact.main(new String[] {"--lang", "fr"});
        } finally {
            System.setOut(standardOut);
        }

        // then
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).filteredOn(line -> line.matches("\\d\\. .*")).hasSize(8).first()
                .isEqualTo("1. Le cadre est établi avant qu'un conseil villageois de développement n'y entre"
                        + " — les règles diffèrent");
        assertThat(lines).contains("   PACT: accepté, sans verdict", "   CCCo: refusé");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("      BLOCKING BF-CCCO-1 La réunion du 1er mars 2010"
                + " est convoquée par Service de l'agriculture"));
    }

    private static Comparison.Result result(int number) {
        return RESULTS.get(number - 1);
    }

    private static void accepted(Outcome<?> outcome, Tuple... verdicts) {
        assertThat(outcome.accepted()).as("accepted, verdicts %s", outcome.verdicts()).isTrue();
        assertThat(outcome.verdicts()).extracting(Verdict::ruleId, Verdict::severity, Verdict::messageKey)
                .containsExactly(verdicts);
    }

    private static void refused(Outcome<?> outcome, Tuple... verdicts) {
        assertThat(outcome.refused()).as("refused, verdicts %s", outcome.verdicts()).isTrue();
        assertThat(outcome.verdicts()).extracting(Verdict::ruleId, Verdict::severity, Verdict::messageKey)
                .containsExactly(verdicts);
    }

    private static void readsInBothLanguages(Outcome<?> outcome, RuleBook book) {
        for (Verdict verdict : outcome.verdicts()) {
            String french = book.message(verdict, Locale.FRENCH);
            String english = book.message(verdict, Locale.ENGLISH);
            assertThat(french).as("French for %s", verdict).doesNotContain("{", verdict.messageKey());
            assertThat(english).as("English for %s", verdict).doesNotContain("{", verdict.messageKey());
            assertThat(french).isNotEqualTo(english);
            assertThat(List.of(french, english)).allSatisfy(message -> assertThat(message).as("names, not ids")
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b"));
        }
    }

    private static Tuple blocking(String ruleId, String reason) {
        return tuple(ruleId, Severity.BLOCKING, ruleId + "." + reason);
    }

    private static Tuple warning(String ruleId, String reason) {
        return tuple(ruleId, Severity.WARNING, ruleId + "." + reason);
    }
}
