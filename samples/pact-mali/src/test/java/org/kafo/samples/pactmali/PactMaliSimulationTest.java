package org.kafo.samples.pactmali;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sample prints the simulation, and the same options print the same text. */
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
