package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kafo.rules.pact.PactFixtures.FIRST_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.FIRST_PLAN;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Period;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("MON-2: the committee has a written mandate covering the plan in force")
class Mon2MandateCoversPlanTest {

    @Nested
    @DisplayName("the first mandate, at installation")
    class FirstMandate {

        private final Dioro dioro = dioro().firstPlanAdopted();

        @Test
        void a_mandate_over_the_plan_period_passes() {
            assertThat(PactCheck.verdicts("MON-2", dioro.installCommittee(), dioro.situation())).isEmpty();
        }

        @Test
        void a_mandate_starting_after_the_plan_began_passes() {
            assertThat(PactCheck.verdicts("MON-2", install("Suivi du plan", Dioro.duties(),
                    Period.of(LocalDate.of(2025, 3, 20), FIRST_PLAN.end())), dioro.situation())).isEmpty();
        }

        @Test
        void a_mandate_outside_the_plan_period_is_refused() {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("MON-2", install("Suivi du plan", Dioro.duties(),
                    Period.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31))), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("MON-2.period-outside-plan");
                assertThat(v.facts()).containsEntry("start", "2025-06-01").containsEntry("planEnd", "2025-05-31")
                        .containsEntry("planId", dioro.firstPlan().id().toString());
            });
        }

        @Test
        void a_mandate_ending_before_the_plan_is_warned() {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("MON-2", install("Suivi du plan", Dioro.duties(),
                    Period.of(FIRST_PLAN.start(), LocalDate.of(2025, 4, 30))), dioro.situation());

            // then
            assertThat(verdicts).extracting(Verdict::severity, Verdict::messageKey).containsExactly(
                    tuple(Severity.WARNING, "MON-2.ends-before-plan"));
        }

        @Test
        void a_mandate_given_no_period_covers_the_plan_in_force_as_the_process_writes_it() {
            assertThat(PactCheck.verdicts("MON-2", install("Suivi du plan", Dioro.duties(), null),
                    dioro.situation())).isEmpty();
        }

        @Test
        void a_mandate_given_no_period_has_none_when_no_plan_is_in_force() {
            Dioro noPlanYet = dioro().firstMeetingHeld();
            assertThat(PactCheck.verdicts("MON-2", install(noPlanYet, "Suivi du plan", Dioro.duties(), null),
                    noPlanYet.situation())).extracting(Verdict::messageKey).containsExactly("MON-2.no-period");
        }

        @Test
        void a_mandate_must_be_written_out() {
            Dioro noPlanYet = dioro().firstMeetingHeld();
            assertThat(PactCheck.verdicts("MON-2", install(noPlanYet, " ", List.of(), null), noPlanYet.situation()))
                    .extracting(Verdict::messageKey)
                    .containsExactly("MON-2.no-scope", "MON-2.no-duty", "MON-2.no-period");
            assertThat(PactCheck.verdicts("MON-2", install(" ", List.of(), FIRST_PLAN), dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("MON-2.no-scope", "MON-2.no-duty");
            assertThat(PactCheck.verdicts("MON-2", install("Suivi du plan", List.of("Suivre les actions", " "),
                    FIRST_PLAN), dioro.situation())).extracting(Verdict::messageKey).containsExactly("MON-2.blank-duty");
        }

        private InstallCommittee install(String scope, List<String> duties, Period period) {
            return install(dioro, scope, duties, period);
        }

        private InstallCommittee install(Dioro story, String scope, List<String> duties, Period period) {
            return new InstallCommittee(story.framework.id(), story.firstMeeting().id(),
                    story.committeeMembers(FIRST_MEETING_ON), scope, duties, period, FIRST_MEETING_ON);
        }
    }

    @Nested
    @DisplayName("a revision")
    class Revision {

        private final Dioro dioro = dioro().committeeInstalled();

        @Test
        void a_revision_for_the_plan_in_force_with_its_reason_passes() {
            assertThat(PactCheck.verdicts("MON-2", revise(dioro.firstPlan().id(), "Suivi des obstacles ajouté"),
                    dioro.situation())).isEmpty();
        }

        @Test
        void a_revision_for_another_plan_is_refused() {
            // given
            PlanId other = PlanId.newId();

            // then
            assertThat(PactCheck.verdicts("MON-2", revise(other, "Nouveau plan"), dioro.situation()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.messageKey()).isEqualTo("MON-2.not-plan-in-force");
                        assertThat(v.facts()).containsEntry("planId", other.toString())
                                .containsEntry("planInForceId", dioro.firstPlan().id().toString());
                    });
        }

        @Test
        void a_revision_without_reason_is_refused() {
            assertThat(PactCheck.verdicts("MON-2", revise(dioro.firstPlan().id(), "  "), dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("MON-2.no-reason");
        }

        @Test
        void without_a_committee_there_is_no_mandate_to_revise() {
            // given
            Dioro noCommittee = dioro().firstPlanAdopted();

            // then
            assertThat(PactCheck.verdicts("MON-2", new ReviseMandate(noCommittee.framework.id(), "Suivi",
                    Dioro.duties(), FIRST_PLAN, noCommittee.firstPlan().id(), "Révision", LocalDate.of(2025, 4, 1)),
                    noCommittee.situation())).extracting(Verdict::messageKey).containsExactly("MON-2.no-committee");
        }

        @Test
        void once_the_plan_is_reviewed_no_plan_is_in_force_to_cover() {
            // given
            dioro.firstPlanReviewed();

            // then
            assertThat(PactCheck.verdicts("MON-2", revise(dioro.firstPlan().id(), "Clôture"), dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("MON-2.no-plan-in-force");
        }

        @Test
        void adopting_the_next_plan_calls_for_a_revision() {
            // given
            dioro.firstPlanReviewed();

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MON-2", dioro.adoptSecondPlan(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.messageKey()).isEqualTo("MON-2.revise-mandate");
                assertThat(v.facts()).containsEntry("revision", "1").containsEntry("cycle", "2")
                        .containsEntry("planId", dioro.firstPlan().id().toString());
            });
        }

        @Test
        void the_first_plan_calls_for_no_revision() {
            Dioro first = dioro().firstMeetingHeld();
            assertThat(PactCheck.verdicts("MON-2", first.adoptFirstPlan(), first.situation())).isEmpty();
        }

        private ReviseMandate revise(PlanId plan, String reason) {
            return new ReviseMandate(dioro.framework.id(), "Suivi du plan d'action n° 1 et de ses obstacles",
                    Dioro.duties(), FIRST_PLAN, plan, reason, LocalDate.of(2025, 4, 15));
        }
    }
}
