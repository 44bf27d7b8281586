package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.SECOND_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.SECOND_PLAN;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.ActionId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.pact.PactFixtures.Dioro;
import org.kafo.rules.pact.PactFixtures.Stage;

@DisplayName("CYC-1: a new plan is adopted only at the meeting that reviewed the previous one")
class Cyc1ReviewBeforeNextPlanTest {

    @Nested
    @DisplayName("when the next plan is adopted")
    class NextPlan {

        private final Dioro dioro = dioro().committeeInstalled();

        @Test
        void the_meeting_that_reviewed_the_first_plan_adopts_the_second() {
            // given
            dioro.firstPlanReviewed();

            // then
            assertThat(PactCheck.verdicts("CYC-1", dioro.adoptSecondPlan(), dioro.situation())).isEmpty();
        }

        @Test
        void the_first_plan_needs_no_review() {
            Dioro first = dioro().firstMeetingHeld();
            assertThat(PactCheck.verdicts("CYC-1", first.adoptFirstPlan(), first.situation())).isEmpty();
        }

        @Test
        void a_second_plan_before_the_first_is_reviewed_is_refused() {
            // given
            dioro.upTo(Stage.SECOND_MEETING_HELD);

            // when
            List<Verdict> verdicts = PactCheck.verdicts("CYC-1", dioro.adoptSecondPlan(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("CYC-1.previous-not-reviewed");
                assertThat(v.facts()).containsEntry("planId", dioro.firstPlan().id().toString())
                        .containsEntry("plan", "1");
            });
        }

        @Test
        void a_second_plan_at_a_later_meeting_than_the_review_is_accepted_and_said() {
            // given: meeting 2 reviewed the first plan and adopted nothing; meeting 3 is held later
            dioro.firstPlanReviewed();
            Meeting third = dioro.meetingHeld(3, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 16),
                    dioro.municipality, dioro.irrigators, dioro.gardeners);
            AdoptActionPlan adopt = new AdoptActionPlan(dioro.framework.id(), third.id(), SECOND_PLAN,
                    dioro.secondPlanActions(), LocalDate.of(2025, 6, 16));

            // then
            assertThat(PactCheck.verdicts("CYC-1", adopt, dioro.situation())).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.INFO);
                assertThat(v.messageKey()).isEqualTo("CYC-1.adopted-at-later-meeting");
                assertThat(v.facts()).containsEntry("meeting", "3").containsEntry("reviewedAt", "2")
                        .containsEntry("plan", "1").containsEntry("meetingId", third.id().toString())
                        .containsEntry("reviewedAtId", dioro.secondMeeting().id().toString());
            });
        }

        @Test
        void a_second_plan_at_a_meeting_held_before_the_review_is_refused() {
            // given: the first plan is reviewed at meeting 3, and meeting 2 (held earlier) would adopt
            dioro.upTo(Stage.SECOND_MEETING_HELD);
            Meeting third = dioro.meetingHeld(3, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 16),
                    dioro.municipality, dioro.irrigators, dioro.gardeners);
            dioro.firstPlan().review(third.id(), LocalDate.of(2025, 6, 16), dioro.firstPlan().actions().stream()
                    .map(a -> new ActionReview(a.id(), ReviewOutcome.DONE, null)).toList());

            // when
            List<Verdict> verdicts = PactCheck.verdicts("CYC-1", dioro.adoptSecondPlan(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("CYC-1.adopted-before-review");
                assertThat(v.facts()).containsEntry("meeting", "2").containsEntry("reviewedAt", "3");
            });
        }

        @Test
        void an_action_carried_over_and_not_continued_is_warned() {
            // given
            dioro.upTo(Stage.SECOND_MEETING_HELD);
            Action scheme = dioro.firstPlanAction("Aménagement");
            dioro.firstPlan().review(dioro.secondMeeting().id(), SECOND_MEETING_ON, decisionsCarryingOver(scheme));

            // when
            List<Verdict> verdicts = PactCheck.verdicts("CYC-1", dioro.adoptSecondPlan(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.messageKey()).isEqualTo("CYC-1.carried-over-missing");
                assertThat(v.facts()).containsEntry("actionId", scheme.id().toString()).containsEntry("cycle", "2");
            });
        }

        @Test
        void an_action_carried_over_and_continued_passes() {
            // given
            dioro.upTo(Stage.SECOND_MEETING_HELD);
            Action scheme = dioro.firstPlanAction("Aménagement");
            dioro.firstPlan().review(dioro.secondMeeting().id(), SECOND_MEETING_ON, decisionsCarryingOver(scheme));
            List<ActionSpec> actions = new ArrayList<>(dioro.secondPlanActions());
            actions.add(scheme.carryOver(LocalDate.of(2025, 7, 31)));

            // then
            assertThat(PactCheck.verdicts("CYC-1", dioro.adoptSecondPlan(actions), dioro.situation())).isEmpty();
        }

        private List<ActionReview> decisionsCarryingOver(Action carried) {
            return dioro.firstPlan().actions().stream().map(a -> a.id().equals(carried.id())
                    ? new ActionReview(a.id(), ReviewOutcome.CARRIED_OVER, "motopompe non livrée")
                    : new ActionReview(a.id(), ReviewOutcome.DONE, null)).toList();
        }
    }

    @Nested
    @DisplayName("when a plan is reviewed")
    class Review {

        private final Dioro dioro = dioro().upTo(Stage.SECOND_MEETING_HELD);

        @Test
        void a_held_meeting_deciding_on_every_action_passes() {
            assertThat(PactCheck.verdicts("CYC-1", dioro.reviewFirstPlan(), dioro.situation())).isEmpty();
        }

        @Test
        void a_meeting_not_yet_held_cannot_review() {
            // given
            Dioro convened = dioro().upTo(Stage.SECOND_MEETING_CONVENED);

            // then
            assertThat(PactCheck.verdicts("CYC-1", convened.reviewFirstPlan(), convened.situation()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.messageKey()).isEqualTo("CYC-1.meeting-not-held");
                        assertThat(v.facts()).containsEntry("status", "CONVENED");
                    });
        }

        @Test
        void a_meeting_of_no_framework_cannot_review() {
            // given
            MeetingId elsewhere = MeetingId.newId();

            // then
            assertThat(PactCheck.verdicts("CYC-1", new ReviewPlan(dioro.firstPlan().id(), elsewhere,
                    Dioro.decisions(dioro.firstPlan(), ReviewOutcome.DONE), SECOND_MEETING_ON), dioro.situation()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.messageKey()).isEqualTo("CYC-1.meeting-unknown");
                        assertThat(v.facts()).containsEntry("meetingId", elsewhere.toString());
                    });
        }

        @Test
        void the_meeting_that_adopted_the_plan_cannot_review_it() {
            // given
            ReviewPlan atAdoption = new ReviewPlan(dioro.firstPlan().id(), dioro.firstMeeting().id(),
                    Dioro.decisions(dioro.firstPlan(), ReviewOutcome.DONE), FIRST_MEETING_ON);

            // then
            assertThat(PactCheck.verdicts("CYC-1", atAdoption, dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("CYC-1.reviewed-at-adopting-meeting");
        }

        @Test
        void every_action_gets_a_decision() {
            // given
            Action radio = dioro.firstPlanAction("Émission");
            List<ActionReview> decisions = Dioro.decisions(dioro.firstPlan(), ReviewOutcome.DONE).stream()
                    .filter(d -> !d.action().equals(radio.id())).toList();

            // when
            List<Verdict> verdicts = PactCheck.verdicts("CYC-1", review(decisions), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("CYC-1.action-undecided");
                assertThat(v.facts()).containsEntry("action", radio.title())
                        .containsEntry("actionId", radio.id().toString());
            });
        }

        @Test
        void an_action_decided_twice_or_unknown_is_refused() {
            // given
            Action radio = dioro.firstPlanAction("Émission");
            ActionId stranger = ActionId.newId();
            List<ActionReview> decisions = new ArrayList<>(Dioro.decisions(dioro.firstPlan(), ReviewOutcome.DONE));
            decisions.add(new ActionReview(radio.id(), ReviewOutcome.DROPPED, "radio locale fermée"));
            decisions.add(new ActionReview(stranger, ReviewOutcome.DONE, null));

            // then
            assertThat(PactCheck.verdicts("CYC-1", review(decisions), dioro.situation()))
                    .extracting(Verdict::messageKey)
                    .containsExactly("CYC-1.action-decided-twice", "CYC-1.unknown-action");
        }

        @Test
        void a_plan_of_no_framework_cannot_be_reviewed() {
            assertThat(PactCheck.verdicts("CYC-1", new ReviewPlan(PlanId.newId(), dioro.secondMeeting().id(),
                    List.of(), SECOND_MEETING_ON), dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("CYC-1.unknown-plan");
        }

        @Test
        void a_plan_is_reviewed_once() {
            // given
            dioro.firstPlanReviewed();

            // then
            assertThat(PactCheck.verdicts("CYC-1", dioro.reviewFirstPlan(), dioro.situation()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.messageKey()).isEqualTo("CYC-1.already-reviewed");
                        assertThat(v.facts()).containsEntry("reviewedOn", SECOND_MEETING_ON.toString());
                    });
        }

        private ReviewPlan review(List<ActionReview> decisions) {
            return new ReviewPlan(dioro.firstPlan().id(), dioro.secondMeeting().id(), decisions, SECOND_MEETING_ON);
        }
    }
}
