package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.pact.PactRules;

class VerdictLineTest {

    private static final Verdict NO_DELIBERATION = Verdict.blocking("EST-1", "EST-1.no-deliberation",
            "framework", "Cadre de concertation de Dioro", "on", LocalDate.of(2008, 3, 20));

    @Test
    void a_verdict_reads_with_its_rule_and_what_to_do_about_it_in_the_pages_language() {
        // when
        VerdictLine french = VerdictLine.of(NO_DELIBERATION, PactRules.book(), Locale.FRENCH);
        VerdictLine english = VerdictLine.of(NO_DELIBERATION, PactRules.book(), Locale.ENGLISH);

        // then
        assertThat(french).extracting(VerdictLine::ruleId, VerdictLine::severity).containsExactly("EST-1", Severity.BLOCKING);
        assertThat(french.message()).contains("le 20 mars 2008 sans délibération du conseil communal");
        assertThat(french.rule()).startsWith("Un cadre n'est établi que sur une délibération");
        assertThat(List.of(french.remedy(), english.remedy())).satisfiesExactly(
                fr -> assertThat(fr).startsWith("Enregistrez la délibération du conseil communal (numéro, date, décision)"),
                en -> assertThat(en).startsWith("Record the council's deliberation (number, date, decision)"));
    }

    @Test
    void a_rule_the_book_says_nothing_about_reads_without_a_rule_or_a_remedy() {
        // given a rule added with a message and nothing more
        RuleBook book = RuleBook.builder(RuleProfile.pact())
                .add(RuleDefinition.of("TOGOU-1").on(EstablishFramework.class, (c, s, p) -> List.of()).build())
                .build();

        // when
        VerdictLine line = VerdictLine.of(Verdict.warning("TOGOU-1", "TOGOU-1.late"), book, Locale.FRENCH);

        // then
        assertThat(line.rule()).isEmpty();
        assertThat(line.remedy()).isEmpty();
    }
}
