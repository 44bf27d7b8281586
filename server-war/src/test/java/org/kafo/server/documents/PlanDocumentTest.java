package org.kafo.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.kafo.model.plan.ActionPlan;
import org.junit.jupiter.api.Test;

class PlanDocumentTest {

    @Test
    void the_action_plan_of_dioros_second_cycle_says_who_does_what_by_when_and_who_pays_what_in_french() {
        // given
        ActionPlan plan = Dioro.plans().get(1);

        // when
        Printed printed = Printed.of(Dioro.PAPERS.plan(plan, Locale.FRENCH, Dioro.TODAY));

        // then
        assertThat(printed.document().name()).isEqualTo("plan-d-action-cycle-2-dioro.pdf");
        assertThat(printed.a4()).isTrue();
        assertThat(printed.fontsEmbedded()).as("fonts %s", printed.fonts()).isTrue();
        assertThat(printed.text()).contains("Plan d'action", "Région de Ségou", "Commune de Dioro", "Cycle 2",
                "Pour la commune, le maire", "Page 1 /");
        plan.actions().forEach(action -> assertThat(printed.text()).contains(action.title().substring(0, 20)));
        assertThat(printed.text()).contains("Contributions par partie", "Promis", "Versé");
    }

    @Test
    void the_action_plan_in_english_has_the_same_actions_in_english_words() {
        // given
        ActionPlan plan = Dioro.plans().get(1);

        // when
        Printed printed = Printed.of(Dioro.PAPERS.plan(plan, Locale.ENGLISH, Dioro.TODAY));

        // then
        assertThat(printed.document().name()).isEqualTo("action-plan-cycle-2-dioro.pdf");
        assertThat(printed.text()).contains("Action plan", "Region of Ségou", "For the commune, the mayor", "Pledged",
                "Delivered");
    }
}
