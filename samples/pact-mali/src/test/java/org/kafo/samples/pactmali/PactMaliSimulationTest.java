package org.kafo.samples.pactmali;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

/** The simulation plays through the process, and the same seed tells the same story. */
@DisplayName("The PACT Mali simulation")
class PactMaliSimulationTest {

    @Test
    void the_same_options_print_the_same_bytes() {
        byte[] first = printed("--cycles", "4", "--seed", "42");
        byte[] second = printed("--cycles", "4", "--seed", "42");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void another_seed_tells_another_story() {
        assertThat(printed("--cycles", "4", "--seed", "43")).isNotEqualTo(printed("--cycles", "4", "--seed", "42"));
    }

    @Test
    void the_report_shows_every_commune_a_summary_and_the_verdicts_but_no_id() {
        String report = new String(printed("--cycles", "2", "--seed", "7", "--lang", "fr"), StandardCharsets.UTF_8);
        List<String> lines = report.lines().toList();

        assertThat(lines.get(0)).isEqualTo("PACT Mali, simulation : 20 communes, 2 cycles trimestriels, graine 7 ;"
                + " indicateurs au 2008-10-31");
        assertThat(lines).filteredOn(line -> line.startsWith("== ")).hasSize(22)
                .contains("== Dioro (cercle de Ségou, région de Ségou)", "== Synthèse",
                        "== Verdicts des règles, toutes communes");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Toutes les communes"))
                .anySatisfy(line -> assertThat(line).startsWith("Région de Koulikoro"))
                .anySatisfy(line -> assertThat(line).startsWith("Cercle de Kati"));
        assertThat(report).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void every_framework_adopts_as_many_plans_as_cycles_and_the_last_is_reviewed() {
        // given
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());

        // when
        SimulationResult result = PactMaliDataset.load().playInto(process, 3, 2008L);

        // then
        assertThat(result.communes()).hasSize(20);
        for (SimulationResult.Commune commune : result.communes()) {
            List<ActionPlan> plans = repositories.plans().findByFramework(commune.framework());
            assertThat(plans).as(commune.name()).hasSize(3).allSatisfy(p -> assertThat(p.isInForce()).isFalse());
            Indicators indicators = Indicators.of(repositories, commune.framework(), result.asOf());
            assertThat(indicators.meetings().due()).isEqualTo(4);
            assertThat(indicators.meetings().held()).isEqualTo(4 + commune.meetingsWithoutQuorum());
            assertThat(indicators.committee().installed()).isEqualTo(1);
        }
        assertThat(result.verdicts()).isNotEmpty().allSatisfy((key, count) -> assertThat(key).doesNotContain("BLOCKING"));
    }

    @Test
    void whatever_the_seed_the_process_accepts_every_step_and_the_meetings_keep_up() {
        qt().withExamples(8).forAll(longs().all(), integers().between(1, 3)).checkAssert((seed, cycles) -> {
            InMemoryRepositories repositories = new InMemoryRepositories();
            ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());

            // a refused step would throw
            SimulationResult result = PactMaliDataset.load().playInto(process, cycles, seed);

            for (SimulationResult.Commune commune : result.communes()) {
                Indicators indicators = Indicators.of(repositories, commune.framework(), result.asOf());
                assertThat(indicators.meetings().held()).isGreaterThanOrEqualTo(indicators.meetings().due());
                assertThat(indicators.actions().total()).isGreaterThanOrEqualTo(cycles);
                assertThat(indicators.actions().notStarted() + indicators.actions().inProgress()
                        + indicators.actions().blocked()).isZero();
            }
        });
    }

    @Test
    void the_options_are_checked() {
        assertThat(PactMaliSimulation.Options.parse(new String[0]))
                .isEqualTo(new PactMaliSimulation.Options(4, 42L, Locale.ENGLISH));
        assertThat(PactMaliSimulation.Options.parse(new String[] {"--lang", "fr", "--seed", "-3", "--cycles", "40"}))
                .isEqualTo(new PactMaliSimulation.Options(40, -3L, Locale.FRENCH));
        for (String[] wrong : List.of(new String[] {"--cycles"}, new String[] {"--cycles", "0"},
                new String[] {"--cycles", "four"}, new String[] {"--lang", "de"}, new String[] {"--speed", "1"})) {
            assertThatIllegalArgumentException().isThrownBy(() -> PactMaliSimulation.Options.parse(wrong))
                    .withMessage(PactMaliSimulation.USAGE);
        }
    }

    @Test
    void playing_no_cycle_is_refused() {
        ConsultationProcess process = new ConsultationProcess(new InMemoryRepositories(), PactRules.book());

        assertThatIllegalArgumentException().isThrownBy(() -> PactMaliDataset.load().playInto(process, 0, 1L))
                .withMessage("cycles must be 1 or more, was 0");
    }

    /** What main prints for these arguments. */
    private static byte[] printed(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            PactMaliSimulation.main(args);
        } finally {
            System.setOut(standardOut);
        }
        return bytes.toByteArray();
    }
}
