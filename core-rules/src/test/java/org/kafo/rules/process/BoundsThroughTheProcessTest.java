package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.common.Period;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.indicator.Indicators;

/**
 * Nothing a caller may send makes a rule or an indicator fail: out-of-range days and amounts are
 * refused as invariants before any rule looks at them, and what the model accepts adds up exactly.
 */
class BoundsThroughTheProcessTest {

    private static final Money MAX = Money.xof(Money.MAX_AMOUNT);
    private static final LocalDate MAY = LocalDate.of(2008, 5, 15);

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess process = given.process;
    private FrameworkId framework;
    private MeetingId first;

    @BeforeEach
    void an_active_framework_whose_first_meeting_was_held() {
        framework = given.establishedFramework();
        first = given.heldMeeting(framework, FIRST_MEETING_ON);
    }

    @Test
    void a_plan_starting_on_the_largest_date_is_a_clear_refusal_not_a_rule_failure() {
        // when
        InvariantViolationException refused = catchThrowableOfType(InvariantViolationException.class,
                () -> process.adopt(new AdoptActionPlan(framework, first, Period.ofMonths(LocalDate.MAX, 3),
                        List.of(given.borehole(MAY)), FIRST_MEETING_ON)));

        // then
        assertThat(refused.code()).isEqualTo("date.range");
        assertThat(refused.getMessage()).contains("start", "2199-12-31");
    }

    @Test
    void a_plan_on_the_last_accepted_day_is_judged_by_the_rules() {
        // given
        Period last = Period.of(Limits.LAST_DAY, Limits.LAST_DAY);

        // when
        Outcome<?> outcome = process.adopt(new AdoptActionPlan(framework, first, last,
                List.of(given.borehole(Limits.LAST_DAY)), FIRST_MEETING_ON));

        // then: accepted or refused with verdicts, never a failure of a rule
        assertThat(outcome).isNotNull();
    }

    @Test
    void a_pledge_near_the_largest_long_is_refused_as_too_large() {
        // when
        InvariantViolationException refused = catchThrowableOfType(InvariantViolationException.class,
                () -> Money.xof(Long.MAX_VALUE - 1));

        // then
        assertThat(refused.code()).isEqualTo("money.too-large");
    }

    @Test
    void pledges_past_the_bound_on_one_action_are_refused_and_the_indicators_still_answer() {
        // given
        PlanId plan = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(MAY));
        Action borehole = given.plan(plan).actions().get(0);

        // when
        InvariantViolationException refused = catchThrowableOfType(InvariantViolationException.class,
                () -> process.pledge(new PledgeContribution(plan, borehole.id(), given.gardeners,
                        ContributionForm.CASH, MAX, MAY)));
        FrameworkIndicators indicators = Indicators.of(given.repositories, framework, MAY);

        // then
        assertThat(refused.code()).isEqualTo("action.pledges-too-large");
        assertThat(indicators.contributions().estimatedCost()).isEqualTo(MoneyTotal.xof(6_000_000));
    }

    @Test
    void a_pledge_up_to_the_bound_is_taken_and_counted_exactly() {
        // given
        PlanId plan = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(MAY));
        Action borehole = given.plan(plan).actions().get(0);
        Money rest = Money.xof(Money.MAX_AMOUNT - 6_000_000);

        // when
        Outcome<?> outcome = process.pledge(new PledgeContribution(plan, borehole.id(), given.gardeners,
                ContributionForm.CASH, rest, MAY));
        FrameworkIndicators indicators = Indicators.of(given.repositories, framework, MAY);

        // then
        assertThat(outcome.accepted()).isTrue();
        assertThat(indicators.contributions().total().pledged()).isEqualTo(MoneyTotal.xof(Money.MAX_AMOUNT));
    }

    @Test
    void the_indicators_of_more_actions_at_the_bound_than_a_long_can_add_up_are_exact() {
        // given: 9,300 actions of a million billion francs each, 9.3 * 10^18 in all, more than 2^63 - 1
        int count = 9_300;
        Money almostMax = Money.xof(Money.MAX_AMOUNT - 1);
        List<ActionSpec> actions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            actions.add(ActionSpec.of("Périmètre " + i, IRRIGATION, ActionKind.INFRASTRUCTURE, given.municipality,
                    MAY, MAX, List.of(CostShare.pledge(given.municipality, ContributionForm.CASH, almostMax),
                            CostShare.pledge(given.irrigators, ContributionForm.IN_KIND, Money.xof(1)))));
        }
        Outcome<?> adopted = process.adopt(new AdoptActionPlan(framework, first, FIRST_PLAN, actions,
                FIRST_MEETING_ON));

        // when
        FrameworkIndicators indicators = Indicators.of(given.repositories, framework, MAY);

        // then
        BigInteger all = BigInteger.valueOf(Money.MAX_AMOUNT).multiply(BigInteger.valueOf(count));
        assertThat(all).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(adopted.accepted()).as("adopted: %s", adopted.blocking()).isTrue();
        assertThat(indicators.contributions().estimatedCost().amount()).isEqualTo(all);
        assertThat(indicators.contributions().total().pledged().amount()).isEqualTo(all);
        assertThat(indicators.contributions().of(PartyCategory.MUNICIPALITY).pledgedCash().amount())
                .isEqualTo(all.subtract(BigInteger.valueOf(count)));
        assertThat(indicators.contributions().professionalShareOfInfrastructure().denominator()).isEqualTo(all);
    }

    @Test
    void no_rule_fails_on_the_largest_values_the_model_accepts() {
        // given
        ActionSpec largest = ActionSpec.of("Barrage", IRRIGATION, ActionKind.INFRASTRUCTURE, given.municipality,
                Limits.LAST_DAY, MAX, List.of(
                        CostShare.pledge(given.municipality, ContributionForm.CASH, Money.xof(Money.MAX_AMOUNT - 1)),
                        CostShare.pledge(given.irrigators, ContributionForm.IN_KIND, Money.xof(1))));

        // when
        Outcome<?> outcome = process.adopt(new AdoptActionPlan(framework, first,
                Period.of(Limits.LAST_DAY, Limits.LAST_DAY), List.of(largest), FIRST_MEETING_ON));

        // then
        assertThat(outcome.accepted()).as("refused: %s", outcome.blocking()).isTrue();
        assertThat(Indicators.of(given.repositories, framework, Limits.LAST_DAY).contributions().estimatedCost())
                .isEqualTo(MoneyTotal.xof(Money.MAX_AMOUNT));
    }
}
