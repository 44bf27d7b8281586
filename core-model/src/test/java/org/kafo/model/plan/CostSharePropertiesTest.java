package org.kafo.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.FIRST_MEETING_ON;
import static org.kafo.model.Fixtures.MUNICIPALITY;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.aFirstPlan;
import static org.kafo.model.Fixtures.violationCode;
import static org.kafo.model.Fixtures.xof;
import static org.kafo.model.plan.CostShareGenerators.DUE;
import static org.kafo.model.plan.CostShareGenerators.actions;
import static org.kafo.model.plan.CostShareGenerators.deliveries;
import static org.kafo.model.plan.CostShareGenerators.pledges;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.CostShareGenerators.Delivery;

class CostSharePropertiesTest {

    private static final LocalDate DELIVERED_ON = LocalDate.of(2008, 5, 15);

    private static long sum(List<CostShare> shares, boolean delivered) {
        return shares.stream().mapToLong(s -> (delivered ? s.delivered() : s.pledged()).amount()).sum();
    }

    private static ActionPlan aPlanWithOneActionSharedAs(List<CostShare> shares) {
        return aFirstPlan(List.of(ActionSpec.of("Motor pump for the irrigation scheme", SMALL_SCALE_IRRIGATION,
                ActionKind.EQUIPMENT, MUNICIPALITY, DUE, xof(sum(shares, false)), shares)));
    }

    @Test
    void deliveries_never_exceed_pledges() {
        qt().forAll(pledges(), deliveries()).checkAssert((pledges, attempts) -> {
            // given
            ActionPlan plan = aPlanWithOneActionSharedAs(pledges);
            ActionId action = plan.actions().get(0).id();
            long[] expected = new long[pledges.size()];

            for (Delivery attempt : attempts) {
                int index = attempt.share() % pledges.size();
                CostShare share = pledges.get(index);
                ActionPlan.State before = plan.snapshot();

                // when
                if (expected[index] + attempt.amount() <= share.pledged().amount()) {
                    plan.deliver(action, share.party(), share.form(), xof(attempt.amount()), DELIVERED_ON);
                    expected[index] += attempt.amount();
                } else {
                    // then: an over-delivery is refused and changes nothing
                    assertThat(violationCode(() -> plan.deliver(action, share.party(), share.form(),
                            xof(attempt.amount()), DELIVERED_ON))).isEqualTo("cost-share.over-delivered");
                    assertThat(plan.snapshot()).isEqualTo(before);
                }

                // then: no share ever holds more than its pledge
                assertThat(plan.action(action).costShares())
                        .allMatch(s -> !s.delivered().isGreaterThan(s.pledged()));
            }

            // then
            for (int i = 0; i < pledges.size(); i++) {
                CostShare pledge = pledges.get(i);
                assertThat(plan.action(action).shareOf(pledge.party(), pledge.form()).orElseThrow().delivered())
                        .isEqualTo(xof(expected[i]));
            }
            assertThat(plan.action(action).pledged()).isEqualTo(xof(sum(pledges, false)));
        });
    }

    @Test
    void a_pledge_is_changed_to_any_amount_not_below_what_was_delivered() {
        qt().forAll(pledges(), longs().between(0, 12_000_000), longs().between(0, 12_000_000))
                .checkAssert((pledges, delivered, newPledge) -> {
                    // given
                    CostShare share = pledges.get(0);
                    ActionPlan plan = aPlanWithOneActionSharedAs(pledges);
                    ActionId action = plan.actions().get(0).id();
                    long deliverable = Math.min(delivered, share.pledged().amount());
                    if (deliverable > 0) {
                        plan.deliver(action, share.party(), share.form(), xof(deliverable), DELIVERED_ON);
                    }

                    // when
                    if (newPledge >= deliverable) {
                        plan.pledge(action, share.party(), share.form(), xof(newPledge), DELIVERED_ON);

                        // then
                        CostShare changed = plan.action(action).shareOf(share.party(), share.form()).orElseThrow();
                        assertThat(changed.pledged()).isEqualTo(xof(newPledge));
                        assertThat(changed.delivered()).isEqualTo(xof(deliverable));
                    } else {
                        assertThat(violationCode(() -> plan.pledge(action, share.party(), share.form(),
                                xof(newPledge), DELIVERED_ON))).isEqualTo("cost-share.over-delivered");
                    }
                });
    }

    @Test
    void pledged_and_delivered_are_the_sums_of_the_shares() {
        qt().forAll(actions()).checkAssert(action -> {
            assertThat(action.pledged()).isEqualTo(xof(sum(action.costShares(), false)));
            assertThat(action.delivered()).isEqualTo(xof(sum(action.costShares(), true)));
            assertThat(action.delivered().isGreaterThan(action.pledged())).isFalse();
        });
    }

    @Test
    void carrying_over_keeps_what_was_pledged_and_not_yet_delivered() {
        qt().forAll(actions()).checkAssert(action -> {
            // when
            ActionSpec carried = action.carryOver(LocalDate.of(2008, 9, 30));

            // then
            Money outstanding = action.pledged().minus(action.delivered());
            assertThat(xof(sum(carried.costShares(), false))).isEqualTo(outstanding);
            assertThat(carried.costShares()).allMatch(s -> s.delivered().isZero() && !s.pledged().isZero());
            assertThat(carried.costShares()).allSatisfy(s -> assertThat(s.pledged()).isEqualTo(
                    action.shareOf(s.party(), s.form()).orElseThrow().outstanding()));
            assertThat(carried.costShares()).hasSize(
                    (int) action.costShares().stream().filter(s -> !s.isFullyDelivered()).count());
            assertThat(carried.carriedFrom()).isEqualTo(action.id());
            assertThat(carried.estimatedCost().amount())
                    .isEqualTo(Math.max(0, action.estimatedCost().amount() - action.delivered().amount()));
        });
    }

    @Test
    void a_carried_over_action_starts_the_next_plan_with_its_outstanding_pledges() {
        qt().forAll(actions()).checkAssert(action -> {
            // given
            ActionSpec carried = action.carryOver(LocalDate.of(2008, 9, 30));

            // when
            ActionPlan next = ActionPlan.adopt(FrameworkId.newId(), 2,
                    PlanId.newId(), Period.ofMonths(FIRST_MEETING_ON.plusMonths(3), 3),
                    MeetingId.newId(), FIRST_MEETING_ON.plusMonths(3), List.of(carried));

            // then
            Action continued = next.actions().get(0);
            assertThat(continued.pledged()).isEqualTo(action.pledged().minus(action.delivered()));
            assertThat(continued.delivered().isZero()).isTrue();
            assertThat(continued.carriedFromAction()).contains(action.id());
        });
    }
}
