package org.kafo.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.RuleBook;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.process.ConsultationProcess;

class DemoDataTest {

    @Test
    void dioro_goes_through_two_plan_cycles_under_the_pact_rule_book() {
        // given
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, RuleBook.pact());

        // when
        FrameworkId dioro = DemoData.write(process);

        // then
        assertThat(repositories.frameworks().get(dioro).status()).isEqualTo(FrameworkStatus.ACTIVE);
        assertThat(repositories.plans().findByFramework(dioro)).extracting(ActionPlan::cycle).containsExactly(1, 2);
        assertThat(repositories.committees().findByFramework(dioro).orElseThrow().mandateHistory()).hasSize(2);
        Indicators indicators = Indicators.of(repositories, dioro, LocalDate.of(2008, 7, 31));
        assertThat(indicators.meetings().held()).isEqualTo(2);
        assertThat(indicators.obstacles().resolved()).isEqualTo(1);
    }
}
