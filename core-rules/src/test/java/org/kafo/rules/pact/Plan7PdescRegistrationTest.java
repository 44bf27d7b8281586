package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.PdescReference;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("PLAN-7: the actions the commune owns are registered in its PDESC (warning until registered)")
class Plan7PdescRegistrationTest {

    private final Dioro dioro = dioro().firstMeetingHeld();

    @Test
    void the_irrigation_scheme_registered_in_the_pdesc_passes() {
        assertThat(PactCheck.verdicts("PLAN-7", dioro.adoptFirstPlan(), dioro.situation())).isEmpty();
    }

    @Test
    void a_commune_action_not_registered_is_warned() {
        // given
        ActionSpec scheme = dioro.irrigationScheme();
        ActionSpec unregistered = ActionSpec.of(scheme.title(), scheme.sector(), scheme.kind(), scheme.responsible(),
                scheme.dueDate(), scheme.estimatedCost(), scheme.costShares());

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-7", dioro.adoptFirstPlan(List.of(unregistered)),
                dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("PLAN-7.not-in-pdesc");
            assertThat(v.facts()).containsEntry("partyId", dioro.municipality.id().toString())
                    .containsEntry("action", scheme.title());
        });
    }

    @Test
    void an_integrator_may_require_registration_before_adoption() {
        // given
        ActionSpec scheme = dioro.irrigationScheme();
        ActionSpec unregistered = ActionSpec.of(scheme.title(), scheme.sector(), scheme.kind(), scheme.responsible(),
                scheme.dueDate(), scheme.estimatedCost(), scheme.costShares());
        RuleBook strict = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack())
                .severity(Plan7PdescRegistration.ID, Severity.BLOCKING).build();

        // then
        assertThat(strict.check(dioro.adoptFirstPlan(List.of(unregistered)), dioro.situation()))
                .filteredOn(v -> v.ruleId().equals("PLAN-7")).extracting(Verdict::severity)
                .containsExactly(Severity.BLOCKING);
    }

    @Test
    void actions_of_the_cooperatives_need_no_pdesc_entry() {
        assertThat(PactCheck.verdicts("PLAN-7", dioro.adoptFirstPlan(List.of(dioro.radioReport())), dioro.situation()))
                .isEmpty();
    }

    @Test
    void registering_without_a_budget_line_is_noted() {
        // given
        dioro.firstPlanAdopted();
        Action scheme = dioro.firstPlanAction("Aménagement");

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-7", new RegisterInPdesc(dioro.firstPlan().id(), scheme.id(),
                new PdescReference("PDESC 2023-2027, axe 2, action 14", null), LocalDate.of(2025, 3, 10)),
                dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.messageKey()).isEqualTo("PLAN-7.no-budget-line");
            assertThat(v.facts()).containsEntry("entry", "PDESC 2023-2027, axe 2, action 14");
        });
    }

    @Test
    void registering_with_a_budget_line_says_nothing() {
        // given
        dioro.firstPlanAdopted();
        Action scheme = dioro.firstPlanAction("Aménagement");

        // then
        assertThat(PactCheck.verdicts("PLAN-7", new RegisterInPdesc(dioro.firstPlan().id(), scheme.id(),
                new PdescReference("PDESC 2023-2027, axe 2, action 14", "Budget 2025, ligne 2.3.1"),
                LocalDate.of(2025, 3, 10)), dioro.situation())).isEmpty();
    }
}
