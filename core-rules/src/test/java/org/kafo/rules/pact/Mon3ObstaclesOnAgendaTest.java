package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.OBSTACLE_RAISED_ON;
import static org.kafo.rules.pact.PactFixtures.SECOND_CONVOCATION_ON;
import static org.kafo.rules.pact.PactFixtures.SECOND_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.common.ActionId;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.plan.Action;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.pact.PactFixtures.Dioro;
import org.kafo.rules.pact.PactFixtures.Stage;

@DisplayName("MON-3: obstacles are recorded against actions and put on the next meeting's agenda")
class Mon3ObstaclesOnAgendaTest {

    @Nested
    @DisplayName("when the next meeting is held")
    class NextMeeting {

        private final Dioro dioro = dioro().committeeInstalled();
        private final Action scheme = dioro.firstPlanAction("Aménagement");

        @Test
        void an_obstacle_on_the_agenda_the_process_builds_passes() {
            // given
            dioro.obstacle(scheme, "La motopompe n'est pas livrée", OBSTACLE_RAISED_ON);
            dioro.upTo(Stage.SECOND_MEETING_CONVENED);

            // then
            assertThat(PactCheck.verdicts("MON-3", hold(dioro.secondMeeting()), dioro.situation())).isEmpty();
        }

        @Test
        void an_unresolved_obstacle_left_off_the_agenda_is_refused() {
            // given
            Obstacle late = dioro.obstacle(scheme, "La motopompe n'est pas livrée", OBSTACLE_RAISED_ON);
            Meeting next = conveneWith(List.of(AgendaItem.of("Revue du plan", AgendaItemKind.ACTION_REVIEW)));

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MON-3", hold(next), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("MON-3.obstacle-not-on-agenda");
                assertThat(v.facts()).containsEntry("obstacleId", late.id().toString())
                        .containsEntry("action", scheme.title())
                        .containsEntry("raisedOn", OBSTACLE_RAISED_ON.toString())
                        .containsEntry("meetingId", next.id().toString());
            });
        }

        @Test
        void an_item_naming_the_obstacle_under_another_kind_does_not_count() {
            // given
            Obstacle late = dioro.obstacle(scheme, "La motopompe n'est pas livrée", OBSTACLE_RAISED_ON);
            Meeting next = conveneWith(List.of(new AgendaItem("Motopompe", AgendaItemKind.OTHER, late.id().value())));

            // then
            assertThat(PactCheck.verdicts("MON-3", hold(next), dioro.situation())).hasSize(1);
        }

        @Test
        void a_resolved_obstacle_need_not_come_back() {
            // given
            Obstacle solved = dioro.obstacle(scheme, "La motopompe n'est pas livrée", OBSTACLE_RAISED_ON);
            dioro.committee.resolveObstacle(solved.id(), "Livrée par le fournisseur", LocalDate.of(2025, 4, 25));
            Meeting next = conveneWith(List.of(AgendaItem.of("Revue du plan", AgendaItemKind.ACTION_REVIEW)));

            // then
            assertThat(PactCheck.verdicts("MON-3", hold(next), dioro.situation())).isEmpty();
        }

        @Test
        void an_obstacle_heard_at_an_earlier_meeting_stays_due_until_resolved() {
            // given
            Obstacle heard = dioro.obstacle(scheme, "La motopompe n'est pas livrée", OBSTACLE_RAISED_ON);
            dioro.committee.reportObstacle(heard.id(), dioro.firstMeeting().id(), OBSTACLE_RAISED_ON);
            Meeting next = conveneWith(List.of(AgendaItem.of("Revue du plan", AgendaItemKind.ACTION_REVIEW)));

            // then
            assertThat(PactCheck.verdicts("MON-3", hold(next), dioro.situation())).hasSize(1);
        }

        @Test
        void an_obstacle_recorded_on_the_day_of_the_convocation_may_wait() {
            // given
            dioro.obstacle(scheme, "La motopompe n'est pas livrée", SECOND_CONVOCATION_ON);
            Meeting next = conveneWith(List.of(AgendaItem.of("Revue du plan", AgendaItemKind.ACTION_REVIEW)));

            // then
            assertThat(PactCheck.verdicts("MON-3", hold(next), dioro.situation())).isEmpty();
        }

        private Meeting conveneWith(List<AgendaItem> agenda) {
            return dioro.convene(2, SECOND_CONVOCATION_ON, SECOND_MEETING_ON, agenda);
        }

        private HoldMeeting hold(Meeting meeting) {
            return new HoldMeeting(meeting.id(), SECOND_MEETING_ON);
        }
    }

    @Nested
    @DisplayName("when the committee records an obstacle")
    class Recording {

        private final Dioro dioro = dioro().committeeInstalled();

        @Test
        void an_obstacle_on_an_action_of_the_plan_in_force_passes() {
            assertThat(PactCheck.verdicts("MON-3", record(dioro, dioro.firstPlanAction("Aménagement").id()),
                    dioro.situation())).isEmpty();
        }

        @Test
        void an_obstacle_on_an_action_the_plan_does_not_have_is_refused() {
            // given
            ActionId unknown = ActionId.newId();

            // then
            assertThat(PactCheck.verdicts("MON-3", record(dioro, unknown), dioro.situation()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.messageKey()).isEqualTo("MON-3.unknown-action");
                        assertThat(v.facts()).containsEntry("actionId", unknown.toString());
                    });
        }

        @Test
        void an_obstacle_on_a_reviewed_plan_is_refused() {
            // given
            dioro.firstPlanReviewed();

            // then
            assertThat(PactCheck.verdicts("MON-3", record(dioro, dioro.firstPlanAction("Aménagement").id()),
                    dioro.situation())).extracting(Verdict::messageKey).containsExactly("MON-3.plan-not-in-force");
        }

        @Test
        void without_a_committee_nobody_records_obstacles() {
            // given
            Dioro noCommittee = dioro().firstPlanAdopted();

            // then
            assertThat(PactCheck.verdicts("MON-3", record(noCommittee, noCommittee.firstPlanAction("Formation").id()),
                    noCommittee.situation())).extracting(Verdict::messageKey).containsExactly("MON-3.no-committee");
        }

        private RecordObstacle record(Dioro story, ActionId action) {
            return new RecordObstacle(story.framework.id(), story.firstPlan().id(), action,
                    "Le formateur n'est pas disponible", OBSTACLE_RAISED_ON);
        }
    }
}
