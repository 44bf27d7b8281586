package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.dioro;
import static org.kafo.rules.pact.PactFixtures.xof;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("PLAN-3: a party owns only the kinds of action its role allows (profile matrix)")
class Plan3OwnershipByRoleTest {

    private final Dioro dioro = dioro().firstMeetingHeld();

    @Test
    void the_first_plan_of_dioro_passes() {
        assertThat(PactCheck.verdicts("PLAN-3", dioro.adoptFirstPlan(), dioro.situation())).isEmpty();
    }

    @Test
    void the_support_programme_does_not_own_infrastructure() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-3",
                dioro.adoptFirstPlan(List.of(owned(dioro.supportProgramme.id(), ActionKind.INFRASTRUCTURE))),
                dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("PLAN-3.not-allowed");
            assertThat(v.facts()).containsEntry("partyId", dioro.supportProgramme.id().toString())
                    .containsEntry("category", "SUPPORT_PROGRAMME")
                    .containsEntry("kind", "INFRASTRUCTURE")
                    .containsEntry("action", "Magasin de stockage");
        });
    }

    @Test
    void a_cooperative_does_not_own_infrastructure_in_pact_but_may_in_another_profile() {
        // given
        RuleProfile cooperativesBuild = RuleProfile.custom().mayOwn(PartyCategory.PROFESSIONAL_ORGANISATION,
                EnumSet.of(ActionKind.INFRASTRUCTURE, ActionKind.TRAINING)).build();
        List<ActionSpec> actions = List.of(owned(dioro.irrigators.id(), ActionKind.INFRASTRUCTURE));

        // then
        assertThat(PactCheck.verdicts("PLAN-3", dioro.adoptFirstPlan(actions), dioro.situation())).hasSize(1);
        assertThat(PactCheck.verdicts("PLAN-3", dioro.adoptFirstPlan(actions), dioro.situation(), cooperativesBuild))
                .isEmpty();
    }

    @Test
    void an_action_owned_by_an_unknown_party_is_refused() {
        // given
        OrganisationId stranger = OrganisationId.newId();

        // then
        assertThat(PactCheck.verdicts("PLAN-3", dioro.adoptFirstPlan(List.of(owned(stranger, ActionKind.TRAINING))),
                dioro.situation())).singleElement().satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("PLAN-3.unknown-party");
                    assertThat(v.facts()).containsEntry("partyId", stranger.toString());
                });
    }

    @ParameterizedTest(name = "{0} owning {1}")
    @MethodSource("everyCategoryAndKind")
    void a_verdict_exactly_when_the_matrix_forbids(PartyCategory category, ActionKind kind) {
        // given
        Organisation party = dioro.organisations().stream().filter(o -> o.category() == category).findFirst()
                .orElseThrow();

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-3",
                dioro.adoptFirstPlan(List.of(owned(party.id(), kind))), dioro.situation());

        // then
        assertThat(verdicts.isEmpty()).isEqualTo(RuleProfile.pact().mayOwn(category, kind));
    }

    static Stream<Arguments> everyCategoryAndKind() {
        return Arrays.stream(PartyCategory.values())
                .flatMap(category -> Arrays.stream(ActionKind.values()).map(kind -> Arguments.of(category, kind)));
    }

    private ActionSpec owned(OrganisationId responsible, ActionKind kind) {
        return ActionSpec.of("Magasin de stockage", IRRIGATION, kind, responsible, LocalDate.of(2025, 5, 20),
                xof(2_000_000), List.of(CostShare.pledge(dioro.municipality.id(), CASH, xof(2_000_000))));
    }
}
