package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.GARDENING;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.SECOND_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.SECOND_PLAN;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Money;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedEvent;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanEvent;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.NoteProgress;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.WithdrawNeed;

class PlanUseCasesTest {

    private static final LocalDate APRIL = LocalDate.of(2008, 4, 15);
    private static final LocalDate MAY = LocalDate.of(2008, 5, 15);

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess process = given.process;
    private FrameworkId framework;
    private NeedId boreholeNeed;
    private NeedId radioNeed;
    private MeetingId first;

    @BeforeEach
    void an_active_framework_with_two_needs() {
        framework = given.establishedFramework();
        boreholeNeed = given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");
        radioNeed = given.need(framework, given.gardeners, GARDENING, NeedKind.BUSINESS_ENVIRONMENT_MEASURE,
                "Information sur les prix");
        first = given.heldMeeting(framework, FIRST_MEETING_ON);
    }

    @Test
    void the_first_plan_is_of_cycle_one_and_follows_no_plan() {
        // when
        Outcome<ActionPlan> outcome = process.adopt(new AdoptActionPlan(framework, first, FIRST_PLAN,
                List.of(given.training(APRIL)), FIRST_MEETING_ON));

        // then
        ActionPlan plan = accepted(outcome);
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.cycle()).isEqualTo(1);
        assertThat(plan.previous()).isEmpty();
        assertThat(plan.adoptedAt()).isEqualTo(first);
        assertThat(given.repositories.plans().findByFramework(framework)).extracting(ActionPlan::id)
                .containsExactly(plan.id());
        assertThat(outcome.events()).singleElement().isInstanceOf(PlanEvent.Adopted.class);
    }

    @Test
    void the_next_plan_follows_the_latest_one() {
        // given
        PlanId firstPlan = given.adoptedPlan(framework, first, FIRST_PLAN, given.training(APRIL));
        MeetingId second = given.heldMeeting(framework, SECOND_MEETING_ON);
        accepted(process.review(new ReviewPlan(firstPlan, second, List.of(new ActionReview(
                given.plan(firstPlan).actions().get(0).id(), ReviewOutcome.DONE, null)), SECOND_MEETING_ON)));

        // when
        ActionPlan next = accepted(process.adopt(new AdoptActionPlan(framework, second, SECOND_PLAN,
                List.of(given.radioReports(LocalDate.of(2008, 7, 31))), SECOND_MEETING_ON)));

        // then
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.previous()).contains(firstPlan);
    }

    @Test
    void adopting_links_each_addressed_need_to_the_action_that_addresses_it() {
        // when
        Outcome<ActionPlan> outcome = process.adopt(new AdoptActionPlan(framework, first, FIRST_PLAN, List.of(
                given.borehole(MAY).addressing(List.of(boreholeNeed)),
                given.radioReports(APRIL).addressing(List.of(radioNeed))), FIRST_MEETING_ON));

        // then
        ActionPlan plan = accepted(outcome);
        assertThat(given.need(boreholeNeed).status()).isEqualTo(NeedStatus.PLANNED);
        assertThat(given.need(boreholeNeed).addressedBy()).containsExactly(plan.actions().get(0).id());
        assertThat(given.need(radioNeed).addressedBy()).containsExactly(plan.actions().get(1).id());
        assertThat(given.need(boreholeNeed).version()).isEqualTo(2);
        assertThat(outcome.events()).extracting(Object::getClass).containsExactly(PlanEvent.Adopted.class,
                NeedEvent.Planned.class, NeedEvent.Planned.class);
    }

    @Test
    void a_need_addressed_by_two_actions_is_linked_to_both_in_one_save() {
        // when
        ActionPlan plan = accepted(process.adopt(new AdoptActionPlan(framework, first, FIRST_PLAN, List.of(
                given.borehole(MAY).addressing(List.of(boreholeNeed)),
                given.training(APRIL).addressing(List.of(boreholeNeed))), FIRST_MEETING_ON)));

        // then
        assertThat(given.need(boreholeNeed).addressedBy()).containsExactly(plan.actions().get(0).id(),
                plan.actions().get(1).id());
        assertThat(given.need(boreholeNeed).version()).isEqualTo(2);
    }

    @Test
    void a_plan_addressing_an_unknown_need_fails_with_not_found_and_is_not_saved() {
        assertThatThrownBy(() -> process.adopt(new AdoptActionPlan(framework, first, FIRST_PLAN,
                List.of(given.borehole(MAY).addressing(List.of(NeedId.newId()))), FIRST_MEETING_ON)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(given.repositories.plans().findByFramework(framework)).isEmpty();
    }

    @Test
    void a_structural_mistake_halfway_through_a_change_saves_nothing() {
        // given a withdrawn need, which no action can address
        accepted(process.withdrawNeed(new WithdrawNeed(radioNeed, "hors du champ du cadre", FIRST_MEETING_ON)));

        // when / then
        assertThatThrownBy(() -> process.adopt(new AdoptActionPlan(framework, first, FIRST_PLAN, List.of(
                given.borehole(MAY).addressing(List.of(boreholeNeed)),
                given.radioReports(APRIL).addressing(List.of(radioNeed))), FIRST_MEETING_ON)))
                .isInstanceOf(InvariantViolationException.class);
        assertThat(given.repositories.plans().findByFramework(framework)).isEmpty();
        assertThat(given.need(boreholeNeed).status()).isEqualTo(NeedStatus.OPEN);
        assertThat(given.need(boreholeNeed).version()).isEqualTo(1);
    }

    @Test
    void a_plan_adopted_at_a_meeting_of_another_framework_is_a_structural_mistake() {
        // given
        FrameworkId other = given.establishedFramework();
        MeetingId elsewhere = given.heldMeeting(other, FIRST_MEETING_ON);

        // when / then
        assertThatThrownBy(() -> process.adopt(new AdoptActionPlan(framework, elsewhere, FIRST_PLAN,
                List.of(given.training(APRIL)), FIRST_MEETING_ON)))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("belongs to framework " + other);
    }

    @Test
    void reviewing_marks_met_the_needs_whose_actions_are_all_done() {
        // when the borehole is done and the radio reports dropped
        Outcome<ActionPlan> outcome = reviewedDoneThenDropped(given.borehole(MAY).addressing(List.of(boreholeNeed)),
                given.radioReports(APRIL).addressing(List.of(radioNeed)), "radio fermée");

        // then
        ActionPlan reviewed = accepted(outcome);
        assertThat(reviewed.isInForce()).isFalse();
        assertThat(reviewed.version()).isEqualTo(2);
        assertThat(given.need(boreholeNeed).status()).isEqualTo(NeedStatus.MET);
        assertThat(given.need(radioNeed).status()).isEqualTo(NeedStatus.PLANNED);
        assertThat(outcome.events()).extracting(Object::getClass)
                .containsExactly(PlanEvent.Reviewed.class, NeedEvent.Met.class);
    }

    @Test
    void a_need_also_addressed_by_a_dropped_action_is_not_met() {
        // when the borehole is done and the training for the same need dropped
        accepted(reviewedDoneThenDropped(given.borehole(MAY).addressing(List.of(boreholeNeed)),
                given.training(APRIL).addressing(List.of(boreholeNeed)), "formateur indisponible"));

        // then
        assertThat(given.need(boreholeNeed).status()).isEqualTo(NeedStatus.PLANNED);
    }

    @Test
    void a_need_whose_action_was_carried_over_is_met_once_its_continuation_is_done() {
        // given the borehole carried over from the first plan into the second
        PlanId firstPlan = given.adoptedPlan(framework, first, FIRST_PLAN,
                given.borehole(MAY).addressing(List.of(boreholeNeed)));
        Action drilling = given.plan(firstPlan).actions().get(0);
        MeetingId second = given.heldMeeting(framework, SECOND_MEETING_ON);
        accepted(process.review(new ReviewPlan(firstPlan, second, List.of(
                new ActionReview(drilling.id(), ReviewOutcome.CARRIED_OVER, "foreur en retard")), SECOND_MEETING_ON)));
        assertThat(given.need(boreholeNeed).status()).isEqualTo(NeedStatus.PLANNED);
        PlanId secondPlan = given.adoptedPlan(framework, second, SECOND_PLAN,
                given.plan(firstPlan).actions().get(0).carryOver(LocalDate.of(2008, 8, 15)));
        MeetingId third = given.heldMeeting(framework, LocalDate.of(2008, 8, 28));

        // when
        accepted(process.review(new ReviewPlan(secondPlan, third, List.of(new ActionReview(
                given.plan(secondPlan).actions().get(0).id(), ReviewOutcome.DONE, null)), LocalDate.of(2008, 8, 28))));

        // then
        assertThat(given.need(boreholeNeed).addressedBy()).hasSize(2);
        assertThat(given.need(boreholeNeed).status()).isEqualTo(NeedStatus.MET);
    }

    /** Changes to the one action of an adopted plan: a borehole drilled by May. */
    @Nested
    class OnTheActionOfAnAdoptedPlan {

        private PlanId planId;
        private Action drilling;

        @BeforeEach
        void a_plan_with_one_borehole_is_adopted() {
            planId = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(MAY));
            drilling = given.plan(planId).actions().get(0);
        }

        @Test
        void an_action_moves_on_with_its_status() {
            // when
            Outcome<ActionPlan> outcome = process.changeActionStatus(new ChangeActionStatus(planId, drilling.id(),
                    ActionStatus.BLOCKED, "foreur indisponible", APRIL));

            // then
            assertThat(accepted(outcome).action(drilling.id()).status()).isEqualTo(ActionStatus.BLOCKED);
            assertThat(given.plan(planId).version()).isEqualTo(2);
            assertThat(outcome.events()).singleElement().isInstanceOf(PlanEvent.ActionStatusChanged.class);
        }

        @Test
        void progress_is_noted_against_the_action() {
            // when
            Outcome<ActionPlan> outcome = process.noteProgress(new NoteProgress(planId, drilling.id(), given.irrigators,
                    "Sable et gravier livrés sur le site", APRIL));

            // then
            assertThat(accepted(outcome).action(drilling.id()).notes()).singleElement()
                    .satisfies(n -> assertThat(n.author()).isEqualTo(given.irrigators));
            assertThat(outcome.events()).singleElement().isInstanceOf(PlanEvent.ProgressNoted.class);
        }

        @Test
        void a_pledge_and_a_delivery_are_kept_on_the_party_share() {
            // when
            Outcome<ActionPlan> pledge = process.pledge(new PledgeContribution(planId, drilling.id(), given.gardeners,
                    ContributionForm.CASH, Money.xof(200_000), APRIL));
            Outcome<ActionPlan> delivery = process.deliver(new DeliverContribution(planId, drilling.id(),
                    given.gardeners, ContributionForm.CASH, Money.xof(120_000), MAY));

            // then
            assertThat(accepted(delivery).action(drilling.id()).shareOf(given.gardeners, ContributionForm.CASH))
                    .hasValueSatisfying(s -> {
                        assertThat(s.pledged()).isEqualTo(Money.xof(200_000));
                        assertThat(s.delivered()).isEqualTo(Money.xof(120_000));
                    });
            assertThat(given.plan(planId).version()).isEqualTo(3);
            assertThat(pledge.events()).singleElement().isInstanceOf(PlanEvent.ContributionPledged.class);
            assertThat(delivery.events()).singleElement().isInstanceOf(PlanEvent.ContributionDelivered.class);
        }

        @Test
        void a_commune_action_registered_in_the_pdesc_carries_its_reference() {
            // given
            PdescReference reference = new PdescReference("PDESC 2008-2012 / PAI 2008 n° 14", "2008-BP-23-14");

            // when
            Outcome<ActionPlan> outcome = process.registerInPdesc(new RegisterInPdesc(planId, drilling.id(), reference,
                    APRIL));

            // then
            assertThat(accepted(outcome).action(drilling.id()).pdescReference()).contains(reference);
            assertThat(outcome.events()).singleElement().isInstanceOf(PlanEvent.RegisteredInPdesc.class);
        }
    }

    @Test
    void a_change_to_an_unknown_plan_fails_with_not_found() {
        assertThatThrownBy(() -> process.changeActionStatus(new ChangeActionStatus(PlanId.newId(),
                org.kafo.model.common.ActionId.newId(), ActionStatus.DONE, null, APRIL)))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    /**
     * Adopts a plan of two actions at the first meeting and reviews it at a second one: the first
     * action done, the second dropped for {@code reason}.
     */
    private Outcome<ActionPlan> reviewedDoneThenDropped(ActionSpec done, ActionSpec dropped, String reason) {
        PlanId planId = given.adoptedPlan(framework, first, FIRST_PLAN, done, dropped);
        List<Action> actions = given.plan(planId).actions();
        MeetingId second = given.heldMeeting(framework, SECOND_MEETING_ON);
        return process.review(new ReviewPlan(planId, second, List.of(
                new ActionReview(actions.get(0).id(), ReviewOutcome.DONE, null),
                new ActionReview(actions.get(1).id(), ReviewOutcome.DROPPED, reason)), SECOND_MEETING_ON));
    }
}
