package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.model.plan.ContributionForm.IN_KIND;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.dioro;
import static org.kafo.rules.pact.PactFixtures.xof;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("PLAN-4: the support programme never finances a capital investment")
class Plan4NoCapitalInvestmentByBarredPartiesTest {

    private final Dioro dioro = dioro().firstMeetingHeld();

    @Test
    void the_support_programme_paying_for_training_passes() {
        assertThat(PactCheck.verdicts("PLAN-4", dioro.adoptFirstPlan(), dioro.situation())).isEmpty();
    }

    @Test
    void a_support_programme_share_in_an_irrigation_scheme_is_refused() {
        // given
        ActionSpec scheme = pumpWith(ActionKind.INFRASTRUCTURE, CostShare.pledge(dioro.supportProgramme.id(), CASH,
                xof(500_000)));

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-4", dioro.adoptFirstPlan(List.of(scheme)), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("PLAN-4.capital-investment-share");
            assertThat(v.facts()).containsEntry("partyId", dioro.supportProgramme.id().toString())
                    .containsEntry("category", "SUPPORT_PROGRAMME")
                    .containsEntry("kind", "INFRASTRUCTURE")
                    .containsEntry("amount", "500000 XOF");
        });
    }

    @Test
    void an_in_kind_share_in_equipment_is_refused_too() {
        // given
        ActionSpec pump = pumpWith(ActionKind.EQUIPMENT, CostShare.pledge(dioro.supportProgramme.id(), IN_KIND,
                xof(100_000)));

        // then
        assertThat(PactCheck.verdicts("PLAN-4", dioro.adoptFirstPlan(List.of(pump)), dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("PLAN-4.capital-investment-share");
    }

    @Test
    void even_a_share_of_zero_has_no_place() {
        // given
        ActionSpec pump = pumpWith(ActionKind.EQUIPMENT, CostShare.pledge(dioro.supportProgramme.id(), CASH, xof(0)));

        // then
        assertThat(PactCheck.verdicts("PLAN-4", dioro.adoptFirstPlan(List.of(pump)), dioro.situation())).hasSize(1);
    }

    @Test
    void the_profile_decides_who_is_barred() {
        // given
        ActionSpec scheme = pumpWith(ActionKind.INFRASTRUCTURE, CostShare.pledge(dioro.partner.id(), CASH,
                xof(500_000)));
        RuleProfile partnersBarred = RuleProfile.custom()
                .barredFromCapitalInvestment(EnumSet.of(PartyCategory.SUPPORT_PROGRAMME, PartyCategory.PARTNER))
                .build();
        RuleProfile nobodyBarred = RuleProfile.custom().barredFromCapitalInvestment(Set.of()).build();
        ActionSpec pactScheme = pumpWith(ActionKind.INFRASTRUCTURE, CostShare.pledge(dioro.supportProgramme.id(),
                CASH, xof(500_000)));

        // then
        assertThat(PactCheck.verdicts("PLAN-4", dioro.adoptFirstPlan(List.of(scheme)), dioro.situation())).isEmpty();
        assertThat(PactCheck.verdicts("PLAN-4", dioro.adoptFirstPlan(List.of(scheme)), dioro.situation(),
                partnersBarred)).extracting(v -> v.facts().get("category")).containsExactly("PARTNER");
        assertThat(PactCheck.verdicts("PLAN-4", dioro.adoptFirstPlan(List.of(pactScheme)), dioro.situation(),
                nobodyBarred)).isEmpty();
    }

    @Test
    void the_support_programme_cannot_pledge_to_the_irrigation_scheme_later() {
        // given
        dioro.firstPlanAdopted();
        Action scheme = dioro.firstPlanAction("Aménagement");

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-4", new PledgeContribution(dioro.firstPlan().id(),
                scheme.id(), dioro.supportProgramme.id(), CASH, xof(300_000), LocalDate.of(2025, 3, 20)),
                dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("PLAN-4.capital-investment-pledge");
            assertThat(v.facts()).containsEntry("planId", dioro.firstPlan().id().toString())
                    .containsEntry("actionId", scheme.id().toString())
                    .containsEntry("amount", "300000 XOF");
        });
    }

    @Test
    void the_support_programme_may_raise_its_pledge_to_training() {
        // given
        dioro.firstPlanAdopted();
        Action training = dioro.firstPlanAction("Formation");

        // then
        assertThat(PactCheck.verdicts("PLAN-4", new PledgeContribution(dioro.firstPlan().id(), training.id(),
                dioro.supportProgramme.id(), CASH, xof(800_000), LocalDate.of(2025, 3, 20)), dioro.situation()))
                .isEmpty();
    }

    private ActionSpec pumpWith(ActionKind kind, CostShare barredShare) {
        return ActionSpec.of("Motopompe du PIV de Dioro", IRRIGATION, kind, dioro.municipality.id(),
                LocalDate.of(2025, 4, 30), xof(3_000_000), List.of(
                        CostShare.pledge(dioro.municipality.id(), CASH, xof(2_500_000)),
                        CostShare.pledge(dioro.irrigators.id(), IN_KIND, xof(500_000)), barredShare));
    }
}
