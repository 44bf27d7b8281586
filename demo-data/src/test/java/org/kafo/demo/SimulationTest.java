package org.kafo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

/** The simulation plays through the process, whatever the seed. */
@DisplayName("The PACT Mali simulation")
class SimulationTest {
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
            FrameworkIndicators indicators = Indicators.of(repositories, commune.framework(), result.asOf());
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
                FrameworkIndicators indicators = Indicators.of(repositories, commune.framework(), result.asOf());
                assertThat(indicators.meetings().held()).isGreaterThanOrEqualTo(indicators.meetings().due());
                assertThat(indicators.actions().total()).isGreaterThanOrEqualTo(cycles);
                assertThat(indicators.actions().planned() + indicators.actions().inProgress()
                        + indicators.actions().blocked()).isZero();
            }
        });
    }

    @Test
    void playing_no_cycle_is_refused() {
        ConsultationProcess process = new ConsultationProcess(new InMemoryRepositories(), PactRules.book());

        assertThatIllegalArgumentException().isThrownBy(() -> PactMaliDataset.load().playInto(process, 0, 1L))
                .withMessage("cycles must be 1 or more, was 0");
    }
}
