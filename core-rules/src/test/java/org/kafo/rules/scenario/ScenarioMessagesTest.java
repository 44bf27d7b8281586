package org.kafo.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message the scenario tests show people, read in French and in English: no UUID, no upper-case
 * enum constant, no untranslated sector code, no placeholder left. Each scenario runs here as in its own
 * test, through its fixture, which records its verdicts and the agenda items the process wrote. A new
 * scenario is one more line in {@link #scenarios()}.
 */
@DisplayName("What the scenarios say to people names things, in French and in English")
class ScenarioMessagesTest {

    static Stream<Arguments> scenarios() {
        return Stream.of(
                scenario("Dioro, three plan cycles", () -> {
                    DioroThreeCyclesScenario dioro = new DioroThreeCyclesScenarioTest();
                    dioro.openTheRegister();
                    dioro.the_commune_and_its_professionals_run_three_plan_cycles();
                    return dioro.messages();
                }),
                scenario("Dioro, a first meeting without the municipality", () -> {
                    DioroThreeCyclesScenario dioro = new DioroThreeCyclesScenarioTest();
                    dioro.openTheRegister();
                    dioro.a_first_meeting_without_the_municipality_is_held_but_cannot_adopt_a_plan();
                    return dioro.messages();
                }),
                scenario("Togou, a suspension, a special delegation and a missed cycle", () -> {
                    TogouLifeScenario togou = new TogouLifeScenarioTest();
                    togou.openTheRegister();
                    togou.the_framework_lives_through_a_suspension_a_special_delegation_and_a_missed_cycle();
                    return togou.messages();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void no_message_shows_an_id_a_constant_or_a_sector_code(Supplier<ScenarioMessages> run) {
        // when the scenario runs
        ScenarioMessages said = run.get();

        // then
        System.out.printf("%d verdicts (%d message keys), %d messages, remedies and agenda items in French and English:%n",
                said.verdicts().size(), said.keys().size(), said.messages().size());
        said.messages().forEach(message -> System.out.println("  " + message));
        assertThat(said.messages()).isNotEmpty();
        assertThat(said.problems()).isEmpty();
    }

    /** A scenario of the scan: {@code run} runs its story on a fresh fixture and answers what it recorded. */
    private static Arguments scenario(String name, Supplier<ScenarioMessages> run) {
        return Arguments.of(Named.of(name, run));
    }
}
