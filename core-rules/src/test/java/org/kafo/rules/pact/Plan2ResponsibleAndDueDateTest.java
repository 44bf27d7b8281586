package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_PLAN;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kafo.model.plan.ActionSpec;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("PLAN-2: every action has one responsible party and a due date inside the plan")
class Plan2ResponsibleAndDueDateTest {

    private final Dioro dioro = dioro().firstMeetingHeld();

    @Test
    void the_first_plan_of_dioro_passes() {
        assertThat(PactCheck.verdicts("PLAN-2", dioro.adoptFirstPlan(), dioro.situation())).isEmpty();
    }

    @Test
    void a_plan_without_action_is_refused() {
        assertThat(PactCheck.verdicts("PLAN-2", dioro.adoptFirstPlan(List.of()), dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("PLAN-2.no-action");
    }

    @Test
    void an_action_nobody_answers_for_is_refused() {
        // given
        ActionSpec radio = dioro.radioReport();
        ActionSpec orphan = ActionSpec.of(radio.title(), radio.sector(), radio.kind(), null, radio.dueDate(),
                radio.estimatedCost(), radio.costShares());

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-2", dioro.adoptFirstPlan(List.of(orphan)), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("PLAN-2.no-responsible");
            assertThat(v.facts()).containsEntry("action", "Émission radio sur les prix des légumes");
        });
    }

    @Test
    void an_action_without_due_date_is_refused() {
        assertThat(PactCheck.verdicts("PLAN-2", dioro.adoptFirstPlan(List.of(radioDue(null))), dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("PLAN-2.no-due-date");
    }

    @ParameterizedTest(name = "due {0}: passes {1}")
    @CsvSource({"2025-02-28, false", "2025-03-01, true", "2025-05-31, true", "2025-06-01, false"})
    void the_due_date_lies_within_the_plan_period_both_ends_included(LocalDate due, boolean passes) {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-2", dioro.adoptFirstPlan(List.of(radioDue(due))),
                dioro.situation());

        // then
        assertThat(verdicts.isEmpty()).isEqualTo(passes);
        if (!passes) {
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("PLAN-2.due-outside-period");
                assertThat(v.facts()).containsEntry("due", due.toString())
                        .containsEntry("start", FIRST_PLAN.start().toString())
                        .containsEntry("end", FIRST_PLAN.end().toString());
            });
        }
    }

    @Test
    void an_action_without_title_is_named_by_its_rank() {
        // given
        ActionSpec radio = dioro.radioReport();
        ActionSpec untitled = ActionSpec.of(null, radio.sector(), radio.kind(), null, radio.dueDate(),
                radio.estimatedCost(), radio.costShares());

        // then
        assertThat(PactCheck.verdicts("PLAN-2", dioro.adoptFirstPlan(List.of(dioro.irrigationScheme(), untitled)),
                dioro.situation())).extracting(v -> v.facts().get("action")).containsExactly("#2");
    }

    private ActionSpec radioDue(LocalDate due) {
        ActionSpec radio = dioro.radioReport();
        return ActionSpec.of(radio.title(), radio.sector(), radio.kind(), radio.responsible(), due,
                radio.estimatedCost(), radio.costShares());
    }
}
