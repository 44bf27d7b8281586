package org.kafo.samples.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.command.Command;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/** The sample's main, run as a user would, its output read back. */
class EmbeddedSampleTest {

    @Test
    void in_english_it_prints_the_verdicts_of_the_cycle_then_the_indicators() {
        // when
        List<String> lines = runMain();

        // then
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).startsWith("EstablishFramework: BLOCKING EST-1 Framework ")
                .endsWith("cannot be established on 14 January 2008 without a council deliberation (number, date and decision).");
        assertThat(lines.get(1)).startsWith("AdoptActionPlan: WARNING PLAN-7 Action 'Délibération sur les droits de place")
                .endsWith("is not registered in the PDESC yet.");
        assertThat(lines.get(2)).startsWith("RegisterInPdesc: INFO PLAN-7 ").endsWith("with no budget line yet.");
        assertThat(lines.subList(3, 9)).containsExactly(
                "Meetings held / due: 2 / 2",
                "Actions: 3, done 3, on schedule 1 of 3 (33.3 %), overdue 0",
                "Needs: 2 identified, in a plan 2 of 2 (100.0 %), in the PDESC 2 of 2 (100.0 %), met 2 of 2 (100.0 %)",
                "Contributions: pledged 8,330,000 XOF, delivered 8,330,000 XOF; professional organisations' share of infrastructure 25.0 %",
                "Attendance: 12 in 2 meetings, women 5 of 12 (41.7 %), youth 2 of 12 (16.7 %)",
                "Monitoring committee: 1 report(s), 0 mandate revision(s); obstacles raised 1, resolved 1");
    }

    @Test
    void in_french_every_message_and_label_is_french() {
        // when
        List<String> lines = runMain("--lang", "fr");

        // then
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).startsWith("EstablishFramework: BLOCKING EST-1 Le cadre ")
                .contains("sans délibération du conseil communal");
        assertThat(lines.get(1)).contains("n'est pas encore inscrite au PDESC");
        assertThat(lines.subList(3, 9)).containsExactly(
                "Réunions tenues / dues : 2 / 2",
                "Actions : 3, réalisées 3, dans les délais 1 sur 3 (33,3 %), en retard 0",
                "Besoins : 2 identifiés, dans un plan 2 sur 2 (100,0 %), au PDESC 2 sur 2 (100,0 %), satisfaits 2 sur 2 (100,0 %)",
                "Contributions : promis 8 330 000 FCFA, versé 8 330 000 FCFA ; part des organisations professionnelles dans les infrastructures 25,0 %",
                "Présences : 12 en 2 réunions, femmes 5 sur 12 (41,7 %), jeunes 2 sur 12 (16,7 %)",
                "Comité de suivi : 1 rapport(s), 0 révision(s) du mandat ; obstacles relevés 1, levés 1");
        assertThat(lines).noneMatch(line -> line.contains("{"));
    }

    @Test
    void an_unknown_option_is_refused_with_the_usage() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmbeddedSample.main(new String[] {"--lang", "de"}))
                .withMessageStartingWith("usage: EmbeddedSample [--lang fr|en]");
    }

    @Test
    void every_command_of_the_story_but_the_first_establishment_is_accepted_and_then_it_stops() {
        // given
        ConsultationProcess process = new ConsultationProcess(new InMemoryRepositories(), PactRules.book());
        DioroFirstCycle dioro = new DioroFirstCycle();
        List<String> refused = new ArrayList<>();

        // when
        int commands = 0;
        while (dioro.hasNext()) {
            Command command = dioro.next();
            Outcome<?> outcome = process.execute(command);
            dioro.takeNote(outcome);
            commands++;
            if (outcome.refused()) {
                refused.add(command.getClass().getSimpleName());
            }
        }

        // then
        assertThat(commands).isGreaterThan(30);
        assertThat(refused).containsExactly("EstablishFramework");
        assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(dioro::next);
    }

    private static List<String> runMain(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            EmbeddedSample.main(args);
        } finally {
            System.setOut(standardOut);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
