package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_PLAN;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Meeting;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("CYC-3: a framework whose plan ended with no meeting convened is overdue")
class Cyc3OverdueFollowUpTest {

    private final Dioro dioro = dioro().committeeInstalled();
    private final LocalDate afterTheEnd = FIRST_PLAN.end().plusDays(10);

    @Test
    void on_the_last_day_of_the_plan_the_framework_is_not_overdue() {
        assertThat(followUp(FIRST_PLAN.end())).isEmpty();
    }

    @Test
    void the_day_after_the_plan_ended_with_no_meeting_the_framework_is_overdue() {
        // when
        List<Verdict> verdicts = followUp(afterTheEnd);

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("CYC-3.overdue");
            assertThat(v.facts()).containsEntry("framework", "Cadre de concertation de Dioro")
                    .containsEntry("plan", "1").containsEntry("end", "2025-05-31").containsEntry("days", "10")
                    .containsEntry("planId", dioro.firstPlan().id().toString());
        });
    }

    @Test
    void a_late_meeting_convened_stops_it_and_its_cancellation_brings_it_back() {
        // given
        Meeting late = dioro.convene(2, afterTheEnd.minusDays(2), afterTheEnd.plusDays(10),
                List.of(AgendaItem.of("Revue du plan", AgendaItemKind.PLAN_ADOPTION)));

        // then
        assertThat(followUp(afterTheEnd)).isEmpty();
        assertThat(followUp(afterTheEnd.minusDays(3))).as("before its convocation").hasSize(1);

        // when
        late.cancel("Blocus de la commune", afterTheEnd.plusDays(1));

        // then
        assertThat(followUp(afterTheEnd)).as("the day before the cancellation").isEmpty();
        assertThat(followUp(afterTheEnd.plusDays(1))).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("CYC-3.overdue"));
    }

    @Test
    void a_meeting_that_reviewed_the_plan_but_adopted_no_next_one_leaves_the_framework_overdue_once_the_plan_ends() {
        // given the second meeting (05-30) reviewed the first plan and the parties agreed on no next one
        Dioro reviewed = dioro().firstPlanReviewed();

        // then the framework has no plan in force from 06-01 and no meeting ahead
        assertThat(PactCheck.verdicts("CYC-3", new FollowUp(reviewed.framework.id(), FIRST_PLAN.end()),
                reviewed.situation())).isEmpty();
        assertThat(PactCheck.verdicts("CYC-3", new FollowUp(reviewed.framework.id(), afterTheEnd),
                reviewed.situation())).singleElement()
                .satisfies(v -> assertThat(v.facts()).containsEntry("plan", "1").containsEntry("days", "10"));
    }

    @Test
    void a_suspended_framework_is_not_overdue() {
        // given
        dioro.framework.suspend("Blocus de la commune", FIRST_PLAN.end().minusDays(5));

        // then
        assertThat(followUp(afterTheEnd)).isEmpty();
    }

    @Test
    void a_framework_without_a_plan_is_not_overdue() {
        Dioro first = dioro().firstMeetingHeld();
        assertThat(PactCheck.verdicts("CYC-3", new FollowUp(first.framework.id(), afterTheEnd), first.situation()))
                .isEmpty();
    }

    private List<Verdict> followUp(LocalDate on) {
        return PactCheck.verdicts("CYC-3", new FollowUp(dioro.framework.id(), on), dioro.situation());
    }
}
