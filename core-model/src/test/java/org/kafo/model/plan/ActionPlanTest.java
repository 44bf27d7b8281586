package org.kafo.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.FIRST_MEETING_ON;
import static org.kafo.model.Fixtures.FIRST_PLAN_PERIOD;
import static org.kafo.model.Fixtures.MARKET_GARDENING;
import static org.kafo.model.Fixtures.MUNICIPALITY;
import static org.kafo.model.Fixtures.PARTNER;
import static org.kafo.model.Fixtures.RICE_GROWERS;
import static org.kafo.model.Fixtures.RURAL_ENGINEERING;
import static org.kafo.model.Fixtures.SECOND_MEETING_ON;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.WOMEN_GARDENERS;
import static org.kafo.model.Fixtures.aFirstPlan;
import static org.kafo.model.Fixtures.aMarketFeeAction;
import static org.kafo.model.Fixtures.aMotorPumpAction;
import static org.kafo.model.Fixtures.pdescLine;
import static org.kafo.model.Fixtures.violationCode;
import static org.kafo.model.Fixtures.xof;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedId;

class ActionPlanTest {

    private static final LocalDate MAY_15 = LocalDate.of(2008, 5, 15);

    /** The first plan's motor pump, market fee and training actions, in that order. */
    private final ActionPlan plan = aFirstPlan();
    private final ActionId pump = plan.actions().get(0).id();
    private final ActionId marketFee = plan.actions().get(1).id();
    private final ActionId training = plan.actions().get(2).id();

    private static List<ActionReview> doneCarriedOverDropped(ActionPlan plan) {
        return List.of(new ActionReview(plan.actions().get(0).id(), ReviewOutcome.CARRIED_OVER,
                        "The partner's cash arrives in August"),
                new ActionReview(plan.actions().get(1).id(), ReviewOutcome.DONE, null),
                new ActionReview(plan.actions().get(2).id(), ReviewOutcome.DROPPED,
                        "The group joins the agriculture service's regional training instead"));
    }

    @Nested
    class Adoption {

        @Test
        void a_meeting_adopts_a_plan_of_priority_actions() {
            // given
            FrameworkId framework = FrameworkId.newId();
            MeetingId meeting = MeetingId.newId();

            // when
            ActionPlan adopted = ActionPlan.adopt(framework, 1, null, FIRST_PLAN_PERIOD, meeting, FIRST_MEETING_ON,
                    List.of(aMotorPumpAction(), aMarketFeeAction()));

            // then
            assertThat(adopted.cycle()).isEqualTo(1);
            assertThat(adopted.previous()).isEmpty();
            assertThat(adopted.period()).isEqualTo(Period.of(FIRST_MEETING_ON, LocalDate.of(2008, 7, 7)));
            assertThat(adopted.adoptedAt()).isEqualTo(meeting);
            assertThat(adopted.isInForce()).isTrue();
            assertThat(adopted.review()).isEmpty();
            assertThat(adopted.actions()).extracting(Action::status).containsOnly(ActionStatus.PLANNED);
            assertThat(adopted.actions()).extracting(Action::id).doesNotHaveDuplicates();
            assertThat(adopted.recordedEvents()).containsExactly(new PlanEvent.Adopted(adopted.id(), framework, 1,
                    FIRST_PLAN_PERIOD, meeting, adopted.actions().stream().map(Action::id).toList(),
                    FIRST_MEETING_ON));
        }

        @Test
        void an_action_keeps_what_the_meeting_agreed() {
            // when
            Action action = plan.action(pump);

            // then
            assertThat(action.title()).isEqualTo("Buy and install a motor pump for the village irrigation scheme");
            assertThat(action.sector()).isEqualTo(SMALL_SCALE_IRRIGATION);
            assertThat(action.kind()).isEqualTo(ActionKind.EQUIPMENT);
            assertThat(action.kind().isCapitalInvestment()).isTrue();
            assertThat(action.responsible()).isEqualTo(MUNICIPALITY);
            assertThat(action.estimatedCost()).isEqualTo(xof(4_500_000));
            assertThat(action.pledged()).isEqualTo(xof(4_500_000));
            assertThat(action.delivered()).isEqualTo(xof(0));
            assertThat(action.shareOf(RICE_GROWERS, ContributionForm.IN_KIND)).map(CostShare::pledged)
                    .contains(xof(675_000));
            assertThat(action.shareOf(RICE_GROWERS, ContributionForm.CASH)).isEmpty();
            assertThat(action.pdescReference()).contains(pdescLine());
            assertThat(action.carriedFromAction()).isEmpty();
            assertThat(action.completedOn()).isNull();
        }

        @Test
        void every_plan_but_the_first_follows_a_previous_plan() {
            assertThat(violationCode(() -> ActionPlan.adopt(FrameworkId.newId(), 2, null, FIRST_PLAN_PERIOD,
                    MeetingId.newId(), FIRST_MEETING_ON, List.of(aMarketFeeAction())))).isEqualTo("plan.previous");
            assertThat(violationCode(() -> ActionPlan.adopt(FrameworkId.newId(), 1, PlanId.newId(),
                    FIRST_PLAN_PERIOD, MeetingId.newId(), FIRST_MEETING_ON, List.of(aMarketFeeAction()))))
                    .isEqualTo("plan.previous");
            assertThat(violationCode(() -> ActionPlan.adopt(FrameworkId.newId(), 0, null,
                    FIRST_PLAN_PERIOD, MeetingId.newId(), FIRST_MEETING_ON, List.of(aMarketFeeAction()))))
                    .isEqualTo("not-positive");
        }

        @Test
        void a_plan_has_at_least_one_action() {
            assertThat(violationCode(() -> aFirstPlan(List.of()))).isEqualTo("plan.empty");
        }

        @Test
        void a_plan_does_not_end_before_it_was_adopted() {
            assertThat(violationCode(() -> ActionPlan.adopt(FrameworkId.newId(), 1, null,
                    Period.of(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 3, 31)), MeetingId.newId(),
                    FIRST_MEETING_ON, List.of(aMarketFeeAction())))).isEqualTo("dates.order");
        }

        @Test
        void an_action_has_a_title_a_sector_a_kind_a_responsible_party_a_due_date_and_a_cost() {
            ActionSpec agreed = aMarketFeeAction();
            List<ActionSpec> incomplete = List.of(
                    new ActionSpec(" ", agreed.sector(), agreed.kind(), agreed.responsible(), agreed.dueDate(),
                            agreed.estimatedCost(), agreed.costShares(), null, null, null),
                    new ActionSpec(agreed.title(), null, agreed.kind(), agreed.responsible(), agreed.dueDate(),
                            agreed.estimatedCost(), agreed.costShares(), null, null, null),
                    new ActionSpec(agreed.title(), agreed.sector(), null, agreed.responsible(), agreed.dueDate(),
                            agreed.estimatedCost(), agreed.costShares(), null, null, null),
                    new ActionSpec(agreed.title(), agreed.sector(), agreed.kind(), null, agreed.dueDate(),
                            agreed.estimatedCost(), agreed.costShares(), null, null, null),
                    new ActionSpec(agreed.title(), agreed.sector(), agreed.kind(), agreed.responsible(), null,
                            agreed.estimatedCost(), agreed.costShares(), null, null, null),
                    new ActionSpec(agreed.title(), agreed.sector(), agreed.kind(), agreed.responsible(),
                            agreed.dueDate(), null, agreed.costShares(), null, null, null));

            for (ActionSpec spec : incomplete) {
                assertThat(violationCode(() -> aFirstPlan(List.of(spec)))).isEqualTo("required");
            }
        }

        @Test
        void an_action_with_no_shares_and_no_needs_yet_is_accepted() {
            // given
            ActionSpec bare = new ActionSpec("Inventory of the irrigated plots", SMALL_SCALE_IRRIGATION,
                    ActionKind.NON_CAPITAL_INVESTMENT, RURAL_ENGINEERING, LocalDate.of(2008, 6, 1), xof(0), null,
                    null, null, null);

            // when
            Action action = aFirstPlan(List.of(bare)).actions().get(0);

            // then
            assertThat(action.costShares()).isEmpty();
            assertThat(action.addresses()).isEmpty();
            assertThat(action.pledged()).isEqualTo(xof(0));
        }

        @Test
        void cost_shares_are_in_the_currency_of_the_cost() {
            // given
            ActionSpec inEuros = ActionSpec.of("Motor pump", SMALL_SCALE_IRRIGATION, ActionKind.EQUIPMENT,
                    MUNICIPALITY, LocalDate.of(2008, 6, 30), xof(4_500_000),
                    List.of(CostShare.pledge(PARTNER, ContributionForm.CASH, new Money(3_773, "EUR"))));

            // then
            assertThat(violationCode(() -> aFirstPlan(List.of(inEuros)))).isEqualTo("cost-share.currency");
        }

        @Test
        void a_party_has_one_share_of_each_form_in_an_action() {
            // given
            ActionSpec twice = ActionSpec.of("Motor pump", SMALL_SCALE_IRRIGATION, ActionKind.EQUIPMENT,
                    MUNICIPALITY, LocalDate.of(2008, 6, 30), xof(4_500_000),
                    List.of(CostShare.pledge(MUNICIPALITY, ContributionForm.CASH, xof(1_000_000)),
                            CostShare.pledge(MUNICIPALITY, ContributionForm.CASH, xof(350_000))));
            ActionSpec cashAndKind = ActionSpec.of("Motor pump", SMALL_SCALE_IRRIGATION, ActionKind.EQUIPMENT,
                    MUNICIPALITY, LocalDate.of(2008, 6, 30), xof(4_500_000),
                    List.of(CostShare.pledge(MUNICIPALITY, ContributionForm.CASH, xof(1_000_000)),
                            CostShare.pledge(MUNICIPALITY, ContributionForm.IN_KIND, xof(350_000))));

            // then
            assertThat(violationCode(() -> aFirstPlan(List.of(twice)))).isEqualTo("cost-share.twice");
            assertThat(aFirstPlan(List.of(cashAndKind)).actions().get(0).pledged()).isEqualTo(xof(1_350_000));
        }

        @Test
        void a_stored_plan_lists_each_action_once_and_a_reviewed_one_has_every_action_closed() {
            // given
            ActionPlan.State state = plan.snapshot();
            Action first = state.actions().get(0);

            // then
            assertThat(violationCode(() -> ActionPlan.restore(new ActionPlan.State(state.id(), state.framework(), 1,
                    null, state.period(), state.adoptedAt(), state.adoptedOn(), List.of(first, first), null), 1)))
                    .isEqualTo("plan.action-twice");
            assertThat(violationCode(() -> ActionPlan.restore(new ActionPlan.State(state.id(), state.framework(), 1,
                    null, state.period(), state.adoptedAt(), state.adoptedOn(), state.actions(),
                    new PlanReview(MeetingId.newId(), SECOND_MEETING_ON)), 1))).isEqualTo("plan.review");
        }
    }

    @Nested
    class Progress {

        @Test
        void an_action_goes_from_planned_to_in_progress_to_done() {
            // when
            PlanEvent.ActionStatusChanged started = plan.changeActionStatus(marketFee, ActionStatus.IN_PROGRESS,
                    null, LocalDate.of(2008, 4, 20));
            PlanEvent.ActionStatusChanged done = plan.changeActionStatus(marketFee, ActionStatus.DONE, null,
                    LocalDate.of(2008, 5, 28));

            // then
            assertThat(started).isEqualTo(new PlanEvent.ActionStatusChanged(plan.id(), marketFee,
                    ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, null, LocalDate.of(2008, 4, 20)));
            assertThat(done.from()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(done.to()).isEqualTo(ActionStatus.DONE);
            assertThat(plan.action(marketFee).status()).isEqualTo(ActionStatus.DONE);
            assertThat(plan.action(marketFee).completedOn()).isEqualTo(LocalDate.of(2008, 5, 28));
            assertThat(plan.action(marketFee).isDoneOnSchedule()).isTrue();
            assertThat(plan.recordedEvents()).hasSize(3).endsWith(started, done);
        }

        @Test
        void a_blocked_action_says_what_blocks_it() {
            // given
            String code = violationCode(() -> plan.changeActionStatus(pump, ActionStatus.BLOCKED, " ", MAY_15));

            // when
            plan.changeActionStatus(pump, ActionStatus.BLOCKED, "The partner's funds are not disbursed", MAY_15);

            // then
            assertThat(code).isEqualTo("action.block-reason");
            assertThat(plan.action(pump).status()).isEqualTo(ActionStatus.BLOCKED);
            assertThat(plan.action(pump).statusReason()).isEqualTo("The partner's funds are not disbursed");
        }

        @Test
        void an_unblocked_action_forgets_what_blocked_it() {
            // given
            plan.changeActionStatus(pump, ActionStatus.BLOCKED, "The partner's funds are not disbursed", MAY_15);

            // when
            plan.changeActionStatus(pump, ActionStatus.IN_PROGRESS, null, LocalDate.of(2008, 6, 2));

            // then
            assertThat(plan.action(pump).status()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(plan.action(pump).statusReason()).isNull();
        }

        @Test
        void a_done_action_stays_done_and_only_a_review_carries_over_or_drops() {
            // given
            plan.changeActionStatus(marketFee, ActionStatus.DONE, null, LocalDate.of(2008, 5, 28));

            // then
            assertThat(violationCode(() -> plan.changeActionStatus(marketFee, ActionStatus.IN_PROGRESS, null,
                    LocalDate.of(2008, 5, 29)))).isEqualTo("action.status");
            assertThat(violationCode(() -> plan.changeActionStatus(pump, ActionStatus.CARRIED_OVER, null,
                    MAY_15))).isEqualTo("action.status");
            assertThat(violationCode(() -> plan.changeActionStatus(pump, ActionStatus.DROPPED, "Too costly",
                    MAY_15))).isEqualTo("action.status");
            assertThat(violationCode(() -> plan.changeActionStatus(pump, ActionStatus.PLANNED, null, MAY_15)))
                    .isEqualTo("action.status");
        }

        @Test
        void an_open_action_moves_along_the_allowed_steps_only() {
            assertThat(ActionStatus.PLANNED.canMoveTo(ActionStatus.DONE)).isTrue();
            assertThat(ActionStatus.BLOCKED.canMoveTo(ActionStatus.DONE)).isTrue();
            assertThat(ActionStatus.IN_PROGRESS.canMoveTo(ActionStatus.PLANNED)).isFalse();
            assertThat(ActionStatus.BLOCKED.canMoveTo(ActionStatus.BLOCKED)).isFalse();
            assertThat(ActionStatus.DONE.isClosed()).isTrue();
            assertThat(ActionStatus.BLOCKED.isClosed()).isFalse();
        }

        @Test
        void a_late_action_is_overdue_and_not_done_on_schedule() {
            // given
            LocalDate due = plan.action(marketFee).dueDate();

            // when
            boolean overdueOnDueDate = plan.action(marketFee).isOverdueOn(due);
            boolean overdueTheDayAfter = plan.action(marketFee).isOverdueOn(due.plusDays(1));
            plan.changeActionStatus(marketFee, ActionStatus.DONE, null, due.plusDays(3));

            // then
            assertThat(overdueOnDueDate).isFalse();
            assertThat(overdueTheDayAfter).isTrue();
            assertThat(plan.action(marketFee).isDoneOnSchedule()).isFalse();
            assertThat(plan.action(marketFee).isOverdueOn(due.plusDays(4))).isFalse();
        }

        @Test
        void the_committee_notes_the_progress_of_an_action() {
            // given
            ProgressNote note = new ProgressNote(MAY_15, RURAL_ENGINEERING, "Pump site chosen, concrete base poured");

            // when
            PlanEvent.ProgressNoted noted = plan.noteProgress(pump, note);

            // then
            assertThat(noted).isEqualTo(new PlanEvent.ProgressNoted(plan.id(), pump, note));
            assertThat(noted.occurredOn()).isEqualTo(MAY_15);
            assertThat(plan.action(pump).notes()).containsExactly(note);
        }

        @Test
        void a_plan_knows_only_its_own_actions() {
            // given
            ActionId elsewhere = ActionId.newId();

            // then
            assertThat(plan.findAction(elsewhere)).isEmpty();
            assertThat(violationCode(() -> plan.action(elsewhere))).isEqualTo("plan.no-such-action");
            assertThat(violationCode(() -> plan.changeActionStatus(elsewhere, ActionStatus.IN_PROGRESS, null,
                    MAY_15))).isEqualTo("plan.no-such-action");
        }

        @Test
        void the_commune_registers_its_action_in_the_pdesc_and_later_its_budget_line() {
            // given
            PdescReference registered = new PdescReference("PDESC 2006-2010, annual investment plan 2008, item 4.1",
                    null);

            // when
            PlanEvent.RegisteredInPdesc event = plan.registerInPdesc(marketFee, registered, MAY_15);
            boolean budgetedAtFirst = plan.action(marketFee).pdescReference().orElseThrow().isBudgeted();
            plan.registerInPdesc(marketFee, new PdescReference(registered.pdescEntry(), "Budget 2008, article 61"),
                    LocalDate.of(2008, 6, 30));

            // then
            assertThat(event).isEqualTo(new PlanEvent.RegisteredInPdesc(plan.id(), marketFee, registered, MAY_15));
            assertThat(budgetedAtFirst).isFalse();
            assertThat(plan.action(marketFee).pdescReference().orElseThrow().isBudgeted()).isTrue();
        }

        @Test
        void a_pdesc_registration_names_its_entry_and_its_day() {
            // given
            ActionPlan.State before = plan.snapshot();

            // then
            assertThat(violationCode(() -> new PdescReference(" ", "Budget 2008"))).isEqualTo("required");
            assertThat(violationCode(() -> plan.registerInPdesc(marketFee, null, MAY_15))).isEqualTo("required");
            assertThat(violationCode(() -> plan.registerInPdesc(marketFee, pdescLine(), null))).isEqualTo("required");
            assertThat(plan.snapshot()).isEqualTo(before);
        }
    }

    @Nested
    class CostShares {

        @Test
        void a_party_pledges_to_an_action() {
            // when
            PlanEvent.ContributionPledged pledged = plan.pledge(marketFee, WOMEN_GARDENERS, ContributionForm.IN_KIND,
                    xof(25_000), MAY_15);

            // then
            assertThat(pledged).isEqualTo(new PlanEvent.ContributionPledged(plan.id(), marketFee, WOMEN_GARDENERS,
                    ContributionForm.IN_KIND, xof(25_000), MAY_15));
            assertThat(plan.action(marketFee).costShares()).hasSize(2);
            assertThat(plan.action(marketFee).pledged()).isEqualTo(xof(100_000));
        }

        @Test
        void a_party_raises_its_pledge() {
            // when
            plan.pledge(pump, MUNICIPALITY, ContributionForm.CASH, xof(1_500_000), MAY_15);

            // then
            assertThat(plan.action(pump).costShares()).hasSize(3);
            assertThat(plan.action(pump).shareOf(MUNICIPALITY, ContributionForm.CASH)).map(CostShare::pledged)
                    .contains(xof(1_500_000));
            assertThat(plan.action(pump).pledged()).isEqualTo(xof(4_650_000));
        }

        @Test
        void a_party_delivers_part_then_the_rest_of_its_pledge() {
            // when
            PlanEvent.ContributionDelivered first = plan.deliver(pump, RICE_GROWERS, ContributionForm.IN_KIND,
                    xof(400_000), MAY_15);
            CostShare afterFirst = plan.action(pump).shareOf(RICE_GROWERS, ContributionForm.IN_KIND).orElseThrow();
            plan.deliver(pump, RICE_GROWERS, ContributionForm.IN_KIND, xof(275_000), LocalDate.of(2008, 6, 10));
            CostShare afterAll = plan.action(pump).shareOf(RICE_GROWERS, ContributionForm.IN_KIND).orElseThrow();

            // then
            assertThat(first).isEqualTo(new PlanEvent.ContributionDelivered(plan.id(), pump, RICE_GROWERS,
                    ContributionForm.IN_KIND, xof(400_000), MAY_15));
            assertThat(afterFirst.delivered()).isEqualTo(xof(400_000));
            assertThat(afterFirst.outstanding()).isEqualTo(xof(275_000));
            assertThat(afterFirst.isFullyDelivered()).isFalse();
            assertThat(afterAll.isFullyDelivered()).isTrue();
            assertThat(afterAll.outstanding()).isEqualTo(xof(0));
            assertThat(plan.action(pump).delivered()).isEqualTo(xof(675_000));
        }

        @Test
        void a_delivery_never_exceeds_the_pledge() {
            // given
            plan.deliver(pump, MUNICIPALITY, ContributionForm.CASH, xof(1_000_000), MAY_15);
            ActionPlan.State before = plan.snapshot();

            // when
            String code = violationCode(() -> plan.deliver(pump, MUNICIPALITY, ContributionForm.CASH,
                    xof(350_001), LocalDate.of(2008, 6, 1)));

            // then
            assertThat(code).isEqualTo("cost-share.over-delivered");
            assertThat(plan.snapshot()).isEqualTo(before);
            assertThat(plan.action(pump).delivered()).isEqualTo(xof(1_000_000));
        }

        @Test
        void a_pledge_never_drops_below_what_was_delivered() {
            // given
            plan.deliver(pump, MUNICIPALITY, ContributionForm.CASH, xof(1_000_000), MAY_15);

            // when
            String below = violationCode(() -> plan.pledge(pump, MUNICIPALITY, ContributionForm.CASH, xof(999_999),
                    LocalDate.of(2008, 6, 1)));
            plan.pledge(pump, MUNICIPALITY, ContributionForm.CASH, xof(1_000_000), LocalDate.of(2008, 6, 1));

            // then
            assertThat(below).isEqualTo("cost-share.over-delivered");
            assertThat(plan.action(pump).shareOf(MUNICIPALITY, ContributionForm.CASH).orElseThrow().isFullyDelivered())
                    .isTrue();
        }

        @Test
        void a_party_delivers_only_what_it_pledged_in_that_form() {
            assertThat(violationCode(() -> plan.deliver(pump, RICE_GROWERS, ContributionForm.CASH, xof(100_000),
                    MAY_15))).isEqualTo("contribution.not-pledged");
            assertThat(violationCode(() -> plan.deliver(pump, WOMEN_GARDENERS, ContributionForm.IN_KIND,
                    xof(100_000), MAY_15))).isEqualTo("contribution.not-pledged");
        }

        @Test
        void a_delivery_is_a_positive_amount_in_the_actions_currency() {
            assertThat(violationCode(() -> plan.deliver(pump, MUNICIPALITY, ContributionForm.CASH, xof(0), MAY_15)))
                    .isEqualTo("contribution.zero");
            assertThat(violationCode(() -> plan.deliver(pump, MUNICIPALITY, ContributionForm.CASH,
                    new Money(1_000, "EUR"), MAY_15))).isEqualTo("money.currency-mismatch");
            assertThat(violationCode(() -> plan.pledge(pump, WOMEN_GARDENERS, ContributionForm.CASH,
                    new Money(1_000, "EUR"), MAY_15))).isEqualTo("cost-share.currency");
            assertThat(violationCode(() -> plan.pledge(pump, MUNICIPALITY, ContributionForm.CASH,
                    new Money(1_000, "EUR"), MAY_15))).isEqualTo("money.currency-mismatch");
        }

        @Test
        void a_pledge_or_a_delivery_without_a_day_changes_nothing() {
            // given
            ActionPlan.State before = plan.snapshot();

            // then
            assertThat(violationCode(() -> plan.pledge(pump, WOMEN_GARDENERS, ContributionForm.IN_KIND,
                    xof(50_000), null))).isEqualTo("required");
            assertThat(violationCode(() -> plan.pledge(pump, MUNICIPALITY, ContributionForm.CASH,
                    xof(1_500_000), null))).isEqualTo("required");
            assertThat(violationCode(() -> plan.deliver(pump, MUNICIPALITY, ContributionForm.CASH,
                    xof(500_000), null))).isEqualTo("required");
            assertThat(plan.snapshot()).isEqualTo(before);
        }

        @Test
        void a_cost_share_delivers_no_more_than_it_pledges() {
            assertThat(violationCode(() -> new CostShare(PARTNER, ContributionForm.CASH, xof(100), xof(101))))
                    .isEqualTo("cost-share.over-delivered");
            assertThat(violationCode(() -> new CostShare(PARTNER, ContributionForm.CASH, xof(100),
                    new Money(50, "EUR")))).isEqualTo("money.currency-mismatch");
            assertThat(CostShare.pledge(PARTNER, ContributionForm.CASH, xof(100)).delivered()).isEqualTo(xof(0));
        }
    }

    @Nested
    class Review {

        @Test
        void a_plan_review_must_decide_every_action() {
            // given
            ActionPlan.State before = plan.snapshot();
            List<ActionReview> twoOfThree = doneCarriedOverDropped(plan).subList(0, 2);

            // when
            String code = violationCode(() -> plan.review(MeetingId.newId(), SECOND_MEETING_ON, twoOfThree));

            // then
            assertThat(code).isEqualTo("review.incomplete");
            assertThat(plan.snapshot()).isEqualTo(before);
            assertThat(plan.isInForce()).isTrue();
        }

        @Test
        void a_review_decides_each_action_once() {
            // given
            List<ActionReview> decisions = new ArrayList<>(doneCarriedOverDropped(plan));
            decisions.add(new ActionReview(marketFee, ReviewOutcome.CARRIED_OVER, null));

            // when
            String code = violationCode(() -> plan.review(MeetingId.newId(), SECOND_MEETING_ON, decisions));

            // then
            assertThat(code).isEqualTo("review.twice");
            assertThat(plan.action(marketFee).status()).isEqualTo(ActionStatus.PLANNED);
        }

        @Test
        void a_review_decides_the_plans_own_actions_only() {
            // given
            List<ActionReview> decisions = new ArrayList<>(doneCarriedOverDropped(plan));
            decisions.add(new ActionReview(ActionId.newId(), ReviewOutcome.DONE, null));

            // then
            assertThat(violationCode(() -> plan.review(MeetingId.newId(), SECOND_MEETING_ON, decisions)))
                    .isEqualTo("plan.no-such-action");
            assertThat(plan.isInForce()).isTrue();
        }

        @Test
        void an_action_is_dropped_with_a_reason() {
            assertThat(violationCode(() -> new ActionReview(training, ReviewOutcome.DROPPED, " ")))
                    .isEqualTo("review.drop-reason");
            assertThat(new ActionReview(training, ReviewOutcome.CARRIED_OVER, null).reason()).isNull();
        }

        @Test
        void a_plan_is_not_reviewed_before_it_was_adopted() {
            assertThat(violationCode(() -> plan.review(MeetingId.newId(), FIRST_MEETING_ON.minusDays(1),
                    doneCarriedOverDropped(plan)))).isEqualTo("dates.order");
            assertThat(violationCode(() -> plan.review(null, SECOND_MEETING_ON, doneCarriedOverDropped(plan))))
                    .isEqualTo("required");
        }

        @Test
        void a_review_closes_every_action_as_done_carried_over_or_dropped() {
            // given
            MeetingId secondMeeting = MeetingId.newId();
            List<ActionReview> decisions = doneCarriedOverDropped(plan);

            // when
            PlanEvent.Reviewed reviewed = plan.review(secondMeeting, SECOND_MEETING_ON, decisions);

            // then
            assertThat(reviewed).isEqualTo(new PlanEvent.Reviewed(plan.id(), secondMeeting, decisions,
                    SECOND_MEETING_ON));
            assertThat(plan.review()).contains(new PlanReview(secondMeeting, SECOND_MEETING_ON));
            assertThat(plan.isInForce()).isFalse();
            assertThat(plan.action(pump).status()).isEqualTo(ActionStatus.CARRIED_OVER);
            assertThat(plan.action(pump).statusReason()).isEqualTo("The partner's cash arrives in August");
            assertThat(plan.action(marketFee).status()).isEqualTo(ActionStatus.DONE);
            assertThat(plan.action(marketFee).completedOn()).isEqualTo(SECOND_MEETING_ON);
            assertThat(plan.action(training).status()).isEqualTo(ActionStatus.DROPPED);
            assertThat(plan.action(training).statusReason())
                    .isEqualTo("The group joins the agriculture service's regional training instead");
            assertThat(plan.actions()).allMatch(a -> a.status().isClosed());
        }

        @Test
        void a_review_keeps_the_day_an_action_was_done() {
            // given
            plan.changeActionStatus(marketFee, ActionStatus.DONE, null, LocalDate.of(2008, 5, 28));

            // when
            plan.review(MeetingId.newId(), SECOND_MEETING_ON, doneCarriedOverDropped(plan));

            // then
            assertThat(plan.action(marketFee).completedOn()).isEqualTo(LocalDate.of(2008, 5, 28));
        }

        @Test
        void a_reviewed_plan_is_closed() {
            // given
            plan.review(MeetingId.newId(), SECOND_MEETING_ON, doneCarriedOverDropped(plan));

            // then
            assertThat(violationCode(() -> plan.changeActionStatus(pump, ActionStatus.IN_PROGRESS, null,
                    SECOND_MEETING_ON))).isEqualTo("plan.closed");
            assertThat(violationCode(() -> plan.pledge(pump, PARTNER, ContributionForm.CASH, xof(2_500_000),
                    SECOND_MEETING_ON))).isEqualTo("plan.closed");
            assertThat(violationCode(() -> plan.deliver(pump, PARTNER, ContributionForm.CASH, xof(2_475_000),
                    SECOND_MEETING_ON))).isEqualTo("plan.closed");
            assertThat(violationCode(() -> plan.noteProgress(pump, new ProgressNote(SECOND_MEETING_ON, PARTNER,
                    "Funds released")))).isEqualTo("plan.closed");
            assertThat(violationCode(() -> plan.review(MeetingId.newId(), SECOND_MEETING_ON,
                    doneCarriedOverDropped(plan)))).isEqualTo("plan.closed");
        }
    }

    @Nested
    class CarryOver {

        @Test
        void a_carried_over_action_keeps_what_remains_to_be_delivered() {
            // given
            NeedId need = NeedId.newId();
            ActionPlan first = aFirstPlan(List.of(aMotorPumpAction().addressing(List.of(need))));
            ActionId pumpAction = first.actions().get(0).id();
            first.deliver(pumpAction, MUNICIPALITY, ContributionForm.CASH, xof(1_350_000), MAY_15);
            first.deliver(pumpAction, RICE_GROWERS, ContributionForm.IN_KIND, xof(400_000), MAY_15);
            LocalDate newDueDate = LocalDate.of(2008, 9, 15);

            // when
            ActionSpec carried = first.action(pumpAction).carryOver(newDueDate);

            // then
            assertThat(carried.title()).isEqualTo(first.action(pumpAction).title());
            assertThat(carried.kind()).isEqualTo(ActionKind.EQUIPMENT);
            assertThat(carried.responsible()).isEqualTo(MUNICIPALITY);
            assertThat(carried.dueDate()).isEqualTo(newDueDate);
            assertThat(carried.estimatedCost()).isEqualTo(xof(2_750_000));
            assertThat(carried.costShares()).containsExactly(
                    CostShare.pledge(RICE_GROWERS, ContributionForm.IN_KIND, xof(275_000)),
                    CostShare.pledge(PARTNER, ContributionForm.CASH, xof(2_475_000)));
            assertThat(carried.pdesc()).isEqualTo(pdescLine());
            assertThat(carried.addresses()).containsExactly(need);
            assertThat(carried.carriedFrom()).isEqualTo(pumpAction);
        }

        @Test
        void the_next_plan_adopts_the_carried_over_action() {
            // given
            plan.review(MeetingId.newId(), SECOND_MEETING_ON, doneCarriedOverDropped(plan));
            ActionSpec carried = plan.action(pump).carryOver(LocalDate.of(2008, 9, 15));

            // when
            ActionPlan next = ActionPlan.adopt(plan.framework(), 2, plan.id(), Period.ofMonths(SECOND_MEETING_ON, 3),
                    MeetingId.newId(), SECOND_MEETING_ON, List.of(carried));

            // then
            Action continued = next.actions().get(0);
            assertThat(next.previous()).contains(plan.id());
            assertThat(continued.id()).isNotEqualTo(pump);
            assertThat(continued.carriedFromAction()).contains(pump);
            assertThat(continued.status()).isEqualTo(ActionStatus.PLANNED);
            assertThat(continued.pledged()).isEqualTo(xof(4_500_000));
            assertThat(continued.delivered()).isEqualTo(xof(0));
        }

        @Test
        void an_action_whose_deliveries_passed_its_estimate_carries_over_at_no_remaining_cost() {
            // given: the parties pledged more than the estimate, which the rule book only flags
            ActionSpec oversubscribed = ActionSpec.of("Fence the market garden", MARKET_GARDENING,
                    ActionKind.INFRASTRUCTURE, WOMEN_GARDENERS, LocalDate.of(2008, 6, 30), xof(900_000),
                    List.of(CostShare.pledge(WOMEN_GARDENERS, ContributionForm.IN_KIND, xof(300_000)),
                            CostShare.pledge(MUNICIPALITY, ContributionForm.CASH, xof(800_000))));
            ActionPlan first = aFirstPlan(List.of(oversubscribed));
            ActionId fence = first.actions().get(0).id();
            first.deliver(fence, MUNICIPALITY, ContributionForm.CASH, xof(800_000), MAY_15);
            first.deliver(fence, WOMEN_GARDENERS, ContributionForm.IN_KIND, xof(150_000), MAY_15);

            // when
            ActionSpec carried = first.action(fence).carryOver(LocalDate.of(2008, 9, 30));

            // then
            assertThat(carried.estimatedCost()).isEqualTo(xof(0));
            assertThat(carried.costShares()).containsExactly(
                    CostShare.pledge(WOMEN_GARDENERS, ContributionForm.IN_KIND, xof(150_000)));
        }
    }
}
