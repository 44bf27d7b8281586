package org.kafo.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.FIRST_MEETING_ON;
import static org.kafo.model.Fixtures.MUNICIPALITY;
import static org.kafo.model.Fixtures.PARTNER;
import static org.kafo.model.Fixtures.RICE_GROWERS;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.aFirstPlan;
import static org.kafo.model.Fixtures.violationCode;
import static org.kafo.model.Fixtures.xof;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;

class CostSharePropertiesTest {

    private static final LocalDate DUE = LocalDate.of(2008, 6, 30);
    private static final LocalDate DELIVERED_ON = LocalDate.of(2008, 5, 15);
    private static final List<OrganisationId> PARTIES = List.of(MUNICIPALITY, RICE_GROWERS, PARTNER);

    /** One attempt to deliver {@code amount} francs on the {@code share}-th share of the action. */
    record Delivery(int share, long amount) {
    }

    /** Up to one share per party and form, each with up to ten million francs pledged and some of it delivered. */
    @Provide
    Arbitrary<List<CostShare>> shares() {
        List<Arbitrary<Optional<CostShare>>> perPartyAndForm = new ArrayList<>();
        for (OrganisationId party : PARTIES) {
            for (ContributionForm form : ContributionForm.values()) {
                Arbitrary<CostShare> share = Arbitraries.longs().between(0, 10_000_000).flatMap(pledged ->
                        Arbitraries.longs().between(0, pledged).map(delivered ->
                                new CostShare(party, form, xof(pledged), xof(delivered))));
                perPartyAndForm.add(Arbitraries.oneOf(share.map(Optional::of), Arbitraries.just(Optional.empty())));
            }
        }
        return Combinators.combine(perPartyAndForm).as(optional ->
                optional.stream().flatMap(Optional::stream).toList());
    }

    /** The same shares with nothing delivered yet, and at least one of them. */
    @Provide
    Arbitrary<List<CostShare>> pledges() {
        return shares().map(list -> list.stream().map(s -> CostShare.pledge(s.party(), s.form(), s.pledged()))
                .toList()).filter(list -> !list.isEmpty());
    }

    @Provide
    Arbitrary<List<Delivery>> deliveries() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.longs().between(1, 4_000_000))
                .as(Delivery::new).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<Action> actions() {
        return Combinators.combine(shares(), Arbitraries.longs().between(0, 60_000_000))
                .as((shares, estimate) -> new Action(ActionId.newId(), "Motor pump for the irrigation scheme",
                        SMALL_SCALE_IRRIGATION, ActionKind.EQUIPMENT, MUNICIPALITY, DUE, xof(estimate), shares, null,
                        List.of(), null, ActionStatus.CARRIED_OVER, null, null, List.of()));
    }

    private static long sum(List<CostShare> shares, boolean delivered) {
        return shares.stream().mapToLong(s -> (delivered ? s.delivered() : s.pledged()).amount()).sum();
    }

    private static ActionPlan aPlanWithOneActionSharedAs(List<CostShare> shares) {
        return aFirstPlan(List.of(ActionSpec.of("Motor pump for the irrigation scheme", SMALL_SCALE_IRRIGATION,
                ActionKind.EQUIPMENT, MUNICIPALITY, DUE, xof(sum(shares, false)), shares)));
    }

    @Property
    void deliveries_never_exceed_pledges(@ForAll("pledges") List<CostShare> pledges,
            @ForAll("deliveries") List<Delivery> attempts) {
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
    }

    @Property
    void a_pledge_is_changed_to_any_amount_not_below_what_was_delivered(@ForAll("pledges") List<CostShare> pledges,
            @ForAll @LongRange(min = 0, max = 12_000_000) long delivered,
            @ForAll @LongRange(min = 0, max = 12_000_000) long newPledge) {
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
            assertThat(violationCode(() -> plan.pledge(action, share.party(), share.form(), xof(newPledge),
                    DELIVERED_ON))).isEqualTo("cost-share.over-delivered");
        }
    }

    @Property
    void pledged_and_delivered_are_the_sums_of_the_shares(@ForAll("actions") Action action) {
        assertThat(action.pledged()).isEqualTo(xof(sum(action.costShares(), false)));
        assertThat(action.delivered()).isEqualTo(xof(sum(action.costShares(), true)));
        assertThat(action.delivered().isGreaterThan(action.pledged())).isFalse();
    }

    @Property
    void carrying_over_keeps_what_was_pledged_and_not_yet_delivered(@ForAll("actions") Action action) {
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
    }

    @Property
    void a_carried_over_action_starts_the_next_plan_with_its_outstanding_pledges(@ForAll("actions") Action action) {
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
    }
}
