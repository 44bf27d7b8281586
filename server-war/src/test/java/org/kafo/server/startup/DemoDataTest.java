package org.kafo.server.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kafo.demo.SimulationResult;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void the_pact_dataset_goes_through_its_cycles_under_the_pact_rule_book_up_to_the_day_it_is_written() {
        // given
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());

        // when
        SimulationResult result = DemoDataLoader.write(process, 2, 42L, TODAY);

        // then
        assertThat(repositories.regions().findAll()).hasSize(2);
        assertThat(repositories.communes().findAll()).hasSize(20);
        assertThat(result.communes()).hasSize(20).allSatisfy(commune -> {
            assertThat(repositories.frameworks().get(commune.framework()).status()).isEqualTo(FrameworkStatus.ACTIVE);
            assertThat(repositories.plans().findByFramework(commune.framework())).hasSize(2);
            assertThat(Indicators.of(repositories, commune.framework(), result.asOf()).meetings().held())
                    .isGreaterThanOrEqualTo(2);
            assertThat(repositories.plans().findByFramework(commune.framework()))
                    .anyMatch(plan -> plan.isInForce() && plan.period().contains(TODAY));
            assertThat(repositories.meetings().findByFramework(commune.framework()))
                    .anyMatch(meeting -> !meeting.isHeld() && meeting.plannedOn().isAfter(TODAY));
        });
        assertThat(repositories.communes().findByCode("04060101")).hasValueSatisfying(
                dioro -> assertThat(dioro.name()).isEqualTo("Dioro"));
    }
}
