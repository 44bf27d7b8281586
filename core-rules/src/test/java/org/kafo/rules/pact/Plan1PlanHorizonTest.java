package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.FIRST_PLAN;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.common.Period;
import org.kafo.model.meeting.MeetingId;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.pact.PactFixtures.Dioro;
import org.kafo.rules.pact.PactFixtures.Stage;

@DisplayName("PLAN-1: a plan is adopted at a held meeting and spans at most three months (profile)")
class Plan1PlanHorizonTest {

    private final Dioro dioro = dioro().firstMeetingHeld();

    @Test
    void a_plan_of_exactly_three_months_passes() {
        // given 1 March to 31 May, both included
        assertThat(FIRST_PLAN.days()).isEqualTo(92);

        // then
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(), dioro.situation())).isEmpty();
    }

    @Test
    void january_to_the_end_of_march_passes_and_to_the_first_of_april_is_refused() {
        // given
        Period quarter = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        Period oneDayMore = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

        // then
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(quarter), dioro.situation())).isEmpty();
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(oneDayMore), dioro.situation()))
                .singleElement().satisfies(v -> {
                    assertThat(v.isBlocking()).isTrue();
                    assertThat(v.messageKey()).isEqualTo("PLAN-1.too-long");
                    assertThat(v.facts()).containsEntry("start", "2026-01-01").containsEntry("end", "2026-04-01")
                            .containsEntry("months", "3").containsEntry("limit", "2026-03-31");
                });
    }

    @Test
    void one_day_more_than_three_months_is_refused() {
        // given
        Period tooLong = Period.of(FIRST_PLAN.start(), FIRST_PLAN.end().plusDays(1));

        // then
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(tooLong), dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("PLAN-1.too-long");
    }

    @Test
    void a_six_month_profile_accepts_six_months_and_not_a_day_more() {
        // given
        RuleProfile sixMonths = RuleProfile.custom().planHorizonMonths(6).build();
        Period halfYear = Period.ofMonths(FIRST_PLAN.start(), 6);
        Period tooLong = Period.of(halfYear.start(), halfYear.end().plusDays(1));

        // then
        assertThat(halfYear.end()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(halfYear), dioro.situation(), sixMonths))
                .isEmpty();
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(halfYear), dioro.situation())).hasSize(1);
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(tooLong), dioro.situation(), sixMonths))
                .singleElement().satisfies(v -> assertThat(v.facts()).containsEntry("limit", "2025-08-31")
                        .containsEntry("months", "6"));
    }

    @ParameterizedTest(name = "{1} month(s) from {0}")
    @MethodSource("startsAndHorizons")
    void a_plan_of_the_horizon_passes_and_one_day_more_is_refused(LocalDate start, int months) {
        // given
        RuleProfile profile = RuleProfile.custom().planHorizonMonths(months).build();
        Period horizon = Period.ofMonths(start, months);
        Period oneDayMore = Period.of(start, horizon.end().plusDays(1));

        // then
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(horizon), dioro.situation(), profile)).isEmpty();
        assertThat(PactCheck.verdicts("PLAN-1", dioro.adoptFirstPlan(oneDayMore), dioro.situation(), profile))
                .extracting(Verdict::messageKey).containsExactly("PLAN-1.too-long");
    }

    /** Month ends, a leap day, mid-months and year ends, for every horizon from 1 to 12 months. */
    static Stream<Arguments> startsAndHorizons() {
        List<LocalDate> starts = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
                LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 15),
                LocalDate.of(2025, 5, 31), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 11, 30),
                LocalDate.of(2025, 12, 31));
        return starts.stream().flatMap(start -> IntStream.rangeClosed(1, 12).mapToObj(m -> Arguments.of(start, m)));
    }

    @Test
    void a_plan_adopted_at_a_meeting_of_no_framework_is_refused() {
        // given
        AdoptActionPlan adopt = new AdoptActionPlan(dioro.framework.id(), MeetingId.newId(), FIRST_PLAN,
                dioro.firstPlanActions(), FIRST_MEETING_ON);

        // then
        assertThat(PactCheck.verdicts("PLAN-1", adopt, dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("PLAN-1.meeting-unknown");
    }

    @Test
    void a_plan_adopted_at_a_meeting_of_another_framework_is_refused() {
        // given
        Dioro elsewhere = dioro().firstMeetingHeld();
        AdoptActionPlan adopt = new AdoptActionPlan(dioro.framework.id(), elsewhere.firstMeeting().id(), FIRST_PLAN,
                dioro.firstPlanActions(), FIRST_MEETING_ON);
        dioro.meetings.add(elsewhere.firstMeeting());

        // then
        assertThat(PactCheck.verdicts("PLAN-1", adopt, dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("PLAN-1.meeting-unknown");
    }

    @Test
    void a_plan_adopted_at_a_meeting_not_yet_held_is_refused() {
        // given
        Dioro convened = dioro().upTo(Stage.FIRST_MEETING_CONVENED);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("PLAN-1", convened.adoptFirstPlan(), convened.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("PLAN-1.meeting-not-held");
            assertThat(v.facts()).containsEntry("status", "CONVENED")
                    .containsEntry("meetingId", convened.firstMeeting().id().toString());
        });
    }
}
