package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.model.plan.ContributionForm.IN_KIND;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.SECOND_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;
import static org.kafo.rules.pact.PactFixtures.xof;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kafo.model.common.Money;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("PLAN-5: infrastructure carries a contribution from the professional organisations (profile: min share)")
class Plan5ProfessionalShareOfInfrastructureTest {

    private final Dioro dioro = dioro().firstMeetingHeld();

    @Test
    void the_irrigation_scheme_with_the_irrigators_labour_passes() {
        assertThat(PactCheck.verdicts("PLAN-5", dioro.adoptFirstPlan(), dioro.situation())).isEmpty();
    }

    @Test
    void infrastructure_without_professional_contribution_is_refused() {
        // given
        ActionSpec shed = shed(ActionKind.INFRASTRUCTURE, 0);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-5", dioro.adoptFirstPlan(List.of(shed)), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("PLAN-5.no-professional-contribution");
            assertThat(v.facts()).containsEntry("action", "Hangar du marché maraîcher")
                    .containsEntry("estimated", "5000000 XOF");
        });
    }

    @Test
    void a_pledge_of_zero_is_no_contribution_even_in_pact_profile() {
        // given
        ActionSpec shed = shedWith(CostShare.pledge(dioro.municipality.id(), CASH, xof(5_000_000)),
                CostShare.pledge(dioro.gardeners.id(), IN_KIND, xof(0)));

        // then
        assertThat(PactCheck.verdicts("PLAN-5", dioro.adoptFirstPlan(List.of(shed)), dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("PLAN-5.no-professional-contribution");
    }

    @Test
    void in_pact_profile_any_contribution_is_enough() {
        // given
        ActionSpec shed = shed(ActionKind.INFRASTRUCTURE, 1);

        // then
        assertThat(PactCheck.verdicts("PLAN-5", dioro.adoptFirstPlan(List.of(shed)), dioro.situation())).isEmpty();
    }

    @ParameterizedTest(name = "{0} XOF of 5000000 with a 10% minimum: passes {1}")
    @CsvSource({"500000, true", "499999, false", "5000000, true"})
    void a_profile_may_ask_a_minimum_share(long professional, boolean passes) {
        // given
        RuleProfile tenPercent = RuleProfile.custom().minProfessionalInfrastructureSharePercent(10).build();
        ActionSpec shed = shed(ActionKind.INFRASTRUCTURE, professional);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-5", dioro.adoptFirstPlan(List.of(shed)), dioro.situation(),
                tenPercent);

        // then
        assertThat(verdicts.isEmpty()).isEqualTo(passes);
        if (!passes) {
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("PLAN-5.professional-share-too-small");
                assertThat(v.facts()).containsEntry("professional", "499999 XOF").containsEntry("share", "9")
                        .containsEntry("min", "10");
            });
        }
    }

    @Test
    void professional_pledges_adding_up_past_the_largest_long_are_counted_exactly() {
        // given: ten thousand professional pledges at the bound, against a 100 % minimum
        RuleProfile everything = RuleProfile.custom().minProfessionalInfrastructureSharePercent(100).build();
        ActionSpec shed = shed(ActionKind.INFRASTRUCTURE, 1);
        List<CostShare> shares = Collections.nCopies(10_000,
                CostShare.pledge(dioro.irrigators.id(), ContributionForm.CASH, xof(Money.MAX_AMOUNT)));
        ActionSpec huge = ActionSpec.of(shed.title(), shed.sector(), shed.kind(), shed.responsible(), shed.dueDate(),
                xof(Money.MAX_AMOUNT), shares);

        // then
        assertThat(PactCheck.verdicts("PLAN-5", dioro.adoptFirstPlan(List.of(huge)), dioro.situation(), everything))
                .isEmpty();
    }

    @Test
    void a_scheme_carried_over_counts_what_the_professionals_already_delivered_on_it() {
        // given the irrigators delivered their whole share in the first plan, the rest of the works carried over
        Dioro reviewing = dioro().upTo(PactFixtures.Stage.SECOND_MEETING_HELD);
        Action scheme = reviewing.firstPlanAction("Aménagement");
        reviewing.firstPlan().deliver(scheme.id(), reviewing.irrigators.id(), IN_KIND, xof(1_200_000),
                LocalDate.of(2025, 4, 30));
        reviewing.firstPlan().review(reviewing.secondMeeting().id(), SECOND_MEETING_ON, List.of(
                new ActionReview(scheme.id(), ReviewOutcome.CARRIED_OVER, "motopompe non livrée"),
                new ActionReview(reviewing.firstPlanAction("Formation").id(), ReviewOutcome.DONE, null),
                new ActionReview(reviewing.firstPlanAction("Émission").id(), ReviewOutcome.DONE, null)));
        ActionSpec rest = reviewing.firstPlanAction("Aménagement").carryOver(LocalDate.of(2025, 8, 15));

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-5", reviewing.adoptSecondPlan(List.of(rest)),
                reviewing.situation());

        // then
        assertThat(rest.costShares()).noneMatch(share -> share.party().equals(reviewing.irrigators.id()));
        assertThat(verdicts).isEmpty();
    }

    @Test
    void a_scheme_carried_over_with_nothing_delivered_by_the_professionals_keeps_their_pledge() {
        // given nothing delivered yet: the irrigators' pledge travels with the rest of the works
        Dioro reviewing = dioro().upTo(PactFixtures.Stage.SECOND_MEETING_HELD);
        Action scheme = reviewing.firstPlanAction("Aménagement");
        reviewing.firstPlan().review(reviewing.secondMeeting().id(), SECOND_MEETING_ON, List.of(
                new ActionReview(scheme.id(), ReviewOutcome.CARRIED_OVER, "motopompe non livrée"),
                new ActionReview(reviewing.firstPlanAction("Formation").id(), ReviewOutcome.DONE, null),
                new ActionReview(reviewing.firstPlanAction("Émission").id(), ReviewOutcome.DONE, null)));
        ActionSpec rest = reviewing.firstPlanAction("Aménagement").carryOver(LocalDate.of(2025, 8, 15));
        ActionSpec restWithoutThem = new ActionSpec(rest.title(), rest.sector(), rest.kind(), rest.responsible(),
                rest.dueDate(), rest.estimatedCost(), rest.costShares().stream()
                        .filter(share -> !share.party().equals(reviewing.irrigators.id())).toList(),
                rest.pdesc(), rest.addresses(), rest.carriedFrom());

        // then
        assertThat(PactCheck.verdicts("PLAN-5", reviewing.adoptSecondPlan(List.of(rest)), reviewing.situation()))
                .isEmpty();
        assertThat(PactCheck.verdicts("PLAN-5", reviewing.adoptSecondPlan(List.of(restWithoutThem)),
                reviewing.situation())).extracting(Verdict::messageKey)
                .containsExactly("PLAN-5.no-professional-contribution");
    }

    @Test
    void equipment_is_not_infrastructure() {
        assertThat(PactCheck.verdicts("PLAN-5", dioro.adoptFirstPlan(List.of(shed(ActionKind.EQUIPMENT, 0))),
                dioro.situation())).isEmpty();
    }


    /** A market shed of 5,000,000 XOF, the gardeners paying {@code professional} and the commune the rest. */
    private ActionSpec shed(ActionKind kind, long professional) {
        List<CostShare> shares = professional == 0
                ? List.of(CostShare.pledge(dioro.municipality.id(), CASH, xof(5_000_000)))
                : List.of(CostShare.pledge(dioro.municipality.id(), CASH, xof(5_000_000 - professional)),
                        CostShare.pledge(dioro.gardeners.id(), IN_KIND, xof(professional)));
        return ActionSpec.of("Hangar du marché maraîcher", MARKET_GARDENING, kind, dioro.municipality.id(),
                LocalDate.of(2025, 5, 20), xof(5_000_000), shares);
    }

    private ActionSpec shedWith(CostShare... shares) {
        return ActionSpec.of("Hangar du marché maraîcher", MARKET_GARDENING, ActionKind.INFRASTRUCTURE,
                dioro.municipality.id(), LocalDate.of(2025, 5, 20), xof(5_000_000), List.of(shares));
    }
}
