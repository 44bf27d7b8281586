package org.kafo.rules.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.indicator.DioroHistory.day;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.indicator.ActionIndicators;
import org.kafo.model.indicator.AttendanceIndicators;
import org.kafo.model.indicator.CommitteeIndicators;
import org.kafo.model.indicator.Contribution;
import org.kafo.model.indicator.ContributionIndicators;
import org.kafo.model.indicator.FrameworkIndicators;
import org.kafo.model.indicator.Headcount;
import org.kafo.model.indicator.MeetingIndicators;
import org.kafo.model.indicator.NeedIndicators;
import org.kafo.model.indicator.ObstacleIndicators;
import org.kafo.model.indicator.Share;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.internal.Situations;

class IndicatorsTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100.0");

    private final DioroHistory history = new DioroHistory();

    private FrameworkIndicators asOf(java.time.LocalDate day) {
        return Indicators.of(history.given.repositories, history.framework, day);
    }

    @Test
    void meetings_held_are_measured_against_the_first_meeting_and_one_per_plan_that_ended() {
        // when
        MeetingIndicators meetings = asOf(day(7, 31)).meetings();

        // then: the first meeting, and one by the end of plan 1 (plan 2 ends 08-31); both held
        assertThat(meetings).isEqualTo(new MeetingIndicators(2, 2));
        assertThat(meetings.heldOfDue().percent()).contains(HUNDRED);
    }

    @Test
    void actions_are_counted_by_status_and_by_whether_they_were_done_on_schedule() {
        // when
        ActionIndicators actions = asOf(day(7, 31)).actions();

        // then: A1..A5; due by 07-31: A1, A2, A3, A4; on time: A1 only (A2 done 05-05, due 04-30);
        // overdue: A4 (due 07-15, in progress)
        assertThat(actions).isEqualTo(new ActionIndicators(5, 1, 1, 0, 2, 1, 0, 4, 1, 1));
        assertThat(actions.doneOnScheduleShare()).isEqualTo(Share.of(1, 4));
        assertThat(actions.doneOnScheduleShare().percent()).contains(new BigDecimal("25.0"));
    }

    @Test
    void needs_are_followed_into_plans_the_pdesc_and_the_budget() {
        // when
        NeedIndicators needs = asOf(day(7, 31)).needs();

        // then: N1..N4 (N5 comes in September), N4 withdrawn; N1, N2, N3 in a plan; N1 and N3 in the
        // PDESC; N1 on a budget line; N1 and N2 met at the review of plan 1
        assertThat(needs).isEqualTo(new NeedIndicators(4, 1, 3, 2, 1, 2));
        assertThat(needs.standing()).isEqualTo(3);
        assertThat(needs.planShare().percent()).contains(HUNDRED);
        assertThat(needs.pdescShare().percent()).contains(new BigDecimal("66.7"));
        assertThat(needs.budgetShare().percent()).contains(new BigDecimal("33.3"));
        assertThat(needs.metShare()).isEqualTo(Share.of(2, 3));
    }

    @Test
    void cost_shares_are_added_up_by_party_category_counting_a_carried_over_action_once() {
        // when
        ContributionIndicators contributions = asOf(day(7, 31)).contributions();

        // then: A1 6 M + A2 150 k + A3 (carried over, nothing delivered) 0 + A4 300 k + A5 2.5 M
        assertThat(contributions.estimatedCost()).isEqualTo(MoneyTotal.xof(8_950_000));
        assertThat(contributions.of(PartyCategory.MUNICIPALITY)).isEqualTo(new Contribution(
                MoneyTotal.xof(6_500_000), MoneyTotal.xof(0), MoneyTotal.xof(4_500_000), MoneyTotal.xof(0)));
        assertThat(contributions.of(PartyCategory.PROFESSIONAL_ORGANISATION)).isEqualTo(new Contribution(
                MoneyTotal.xof(150_000), MoneyTotal.xof(2_000_000), MoneyTotal.xof(150_000), MoneyTotal.xof(1_000_000)));
        assertThat(contributions.of(PartyCategory.SUPPORT_PROGRAMME)).isEqualTo(new Contribution(
                MoneyTotal.xof(300_000), MoneyTotal.xof(0), MoneyTotal.xof(0), MoneyTotal.xof(0)));
        assertThat(contributions.of(PartyCategory.PARTNER)).isEqualTo(Contribution.NONE);
        assertThat(contributions.total().pledged()).isEqualTo(MoneyTotal.xof(8_950_000));
        assertThat(contributions.total().delivered()).isEqualTo(MoneyTotal.xof(5_650_000));
        assertThat(contributions.total().deliveredShare().percent()).contains(new BigDecimal("63.1"));
        assertThat(contributions.actionsInOtherCurrencies()).isZero();
    }

    @Test
    void the_professional_share_of_infrastructure_and_the_commune_investment_are_shown() {
        // when
        ContributionIndicators contributions = asOf(day(7, 31)).contributions();

        // then: borehole 6 M + market shed 2.5 M; irrigators 1.5 M and gardeners 500 k in kind
        assertThat(contributions.infrastructureCost()).isEqualTo(MoneyTotal.xof(8_500_000));
        assertThat(contributions.professionalInfrastructure()).isEqualTo(new Contribution(MoneyTotal.xof(0),
                MoneyTotal.xof(2_000_000), MoneyTotal.xof(0), MoneyTotal.xof(1_000_000)));
        assertThat(contributions.professionalShareOfInfrastructure()).isEqualTo(Share.of(2_000_000, 8_500_000));
        assertThat(contributions.professionalShareOfInfrastructure().percent()).contains(new BigDecimal("23.5"));
        assertThat(contributions.communeInvestmentInPrioritySectors()).isEqualTo(new Contribution(
                MoneyTotal.xof(6_500_000), MoneyTotal.xof(0), MoneyTotal.xof(4_500_000), MoneyTotal.xof(0)));
    }

    @Test
    void attendance_is_counted_in_persons_by_category_with_women_and_youth() {
        // when
        AttendanceIndicators attendance = asOf(day(7, 31)).attendance();

        // then: meeting 1: mayor, two presidents (one a woman), a young woman; meeting 2: mayor, a woman, agronomist
        assertThat(attendance.meetings()).isEqualTo(2);
        assertThat(attendance.total()).isEqualTo(new Headcount(7, 3, 1));
        assertThat(attendance.of(PartyCategory.MUNICIPALITY)).isEqualTo(new Headcount(2, 0, 0));
        assertThat(attendance.of(PartyCategory.PROFESSIONAL_ORGANISATION)).isEqualTo(new Headcount(4, 3, 1));
        assertThat(attendance.of(PartyCategory.TECHNICAL_SERVICE)).isEqualTo(new Headcount(1, 0, 0));
        assertThat(attendance.of(PartyCategory.NGO)).isEqualTo(Headcount.NONE);
        assertThat(attendance.total().womenShare().percent()).contains(new BigDecimal("42.9"));
        assertThat(attendance.total().youthShare().percent()).contains(new BigDecimal("14.3"));
    }

    @Test
    void the_committee_work_and_the_obstacles_are_counted() {
        // when
        FrameworkIndicators indicators = asOf(day(7, 31));

        // then: two reports, one revision; O1 reported to meeting 2 and still open, O2 resolved
        assertThat(indicators.committee()).isEqualTo(new CommitteeIndicators(1, 2, 1, new Headcount(3, 1, 1)));
        assertThat(indicators.obstacles()).isEqualTo(new ObstacleIndicators(2, 1, 1));
        assertThat(indicators.obstacles().open()).isEqualTo(1);
        assertThat(indicators.obstacles().resolvedShare().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void an_earlier_day_counts_only_what_had_happened_by_then() {
        // when
        FrameworkIndicators indicators = asOf(day(4, 30));

        // then: one meeting due and held; plan 2 not adopted yet, plan 1 not yet reviewed
        assertThat(indicators.meetings()).isEqualTo(new MeetingIndicators(1, 1));
        assertThat(indicators.needs()).isEqualTo(new NeedIndicators(4, 1, 2, 1, 1, 0));
        assertThat(indicators.actions().total()).isEqualTo(3);
        assertThat(indicators.attendance().total()).isEqualTo(new Headcount(4, 2, 1));
        assertThat(indicators.committee()).isEqualTo(new CommitteeIndicators(1, 1, 0, new Headcount(3, 1, 1)));
        assertThat(indicators.obstacles()).isEqualTo(new ObstacleIndicators(2, 0, 1));
    }

    @Test
    void a_framework_with_no_history_yet_has_shares_without_a_percentage() {
        // given
        FrameworkId proposed = history.given.proposedFramework();

        // when
        FrameworkIndicators indicators = Indicators.of(history.given.repositories, proposed, day(1, 10));

        // then
        assertThat(indicators.meetings()).isEqualTo(MeetingIndicators.NONE);
        assertThat(indicators.meetings().heldOfDue().isDefined()).isFalse();
        assertThat(indicators.needs().planShare().percent()).isEmpty();
        assertThat(indicators.actions()).isEqualTo(ActionIndicators.NONE);
        assertThat(indicators.contributions().total()).isEqualTo(Contribution.NONE);
        assertThat(indicators.committee()).isEqualTo(CommitteeIndicators.NONE);
        assertThat(indicators.obstacles()).isEqualTo(ObstacleIndicators.NONE);
    }

    @Test
    void indicators_computed_from_a_situation_are_those_computed_from_the_repositories() {
        // given
        var situation = new Situations(history.given.repositories).of(history.framework);

        // when / then
        assertThat(Indicators.of(situation, day(7, 31))).isEqualTo(asOf(day(7, 31)));
    }

    @Test
    void indicators_of_an_unknown_framework_fail_with_not_found() {
        assertThatThrownBy(() -> Indicators.of(history.given.repositories, FrameworkId.newId(), day(7, 31)))
                .isInstanceOf(AggregateNotFoundException.class);
    }
}
