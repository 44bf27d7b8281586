package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_PLAN;
import static org.kafo.rules.pact.PactFixtures.SECOND_CONVOCATION_ON;
import static org.kafo.rules.pact.PactFixtures.SECOND_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.meeting.Meeting;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.pact.PactFixtures.Dioro;
import org.kafo.rules.pact.PactFixtures.Stage;

@DisplayName("MEET-2: a meeting is postponed or cancelled openly, with a reason the members are told of")
class Meet2PostponeOrCancelTest {

    private final Dioro dioro = dioro().upTo(Stage.SECOND_MEETING_CONVENED);
    private final LocalDate decidedOn = SECOND_CONVOCATION_ON.plusDays(3);

    @Test
    void a_convened_meeting_postponed_with_a_reason_passes_and_its_invitees_are_to_be_told() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("MEET-2", new PostponeMeeting(second().id(),
                SECOND_MEETING_ON.plusDays(7), "Crue du fleuve", decidedOn), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.messageKey()).isEqualTo("MEET-2.tell-invitees-postponed");
            assertThat(v.facts()).containsEntry("framework", "Cadre de concertation de Dioro")
                    .containsEntry("meeting", "2").containsEntry("count", "6")
                    .containsEntry("newDate", "2025-06-06").containsEntry("meetingId", second().id().toString());
        });
    }

    @Test
    void a_convened_meeting_postponed_without_a_reason_is_refused() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("MEET-2", new PostponeMeeting(second().id(),
                SECOND_MEETING_ON.plusDays(7), "  ", decidedOn), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("MEET-2.postponed-without-reason");
        });
    }

    @Test
    void a_meeting_only_planned_may_be_postponed_without_a_reason() {
        // given
        Meeting planned = Meeting.plan(dioro.framework.id(), 3, LocalDate.of(2025, 8, 20), PactFixtures.VENUE);
        dioro.meetings.add(planned);

        // then
        assertThat(PactCheck.verdicts("MEET-2", new PostponeMeeting(planned.id(), LocalDate.of(2025, 8, 27), null,
                decidedOn), dioro.situation())).isEmpty();
    }

    @Test
    void a_meeting_postponed_to_a_day_already_come_is_refused() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("MEET-2", new PostponeMeeting(second().id(),
                SECOND_MEETING_ON.plusDays(1), "Crue du fleuve", SECOND_MEETING_ON.plusDays(1)), dioro.situation());

        // then
        assertThat(verdicts).filteredOn(Verdict::isBlocking).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("MEET-2.new-date-passed"));
    }

    @Test
    void a_third_postponement_is_warned() {
        // given
        second().postpone(SECOND_MEETING_ON.plusDays(7), "Crue", decidedOn);
        second().postpone(SECOND_MEETING_ON.plusDays(14), "Crue encore", decidedOn.plusDays(1));

        // when
        List<Verdict> verdicts = PactCheck.verdicts("MEET-2", new PostponeMeeting(second().id(),
                SECOND_MEETING_ON.plusDays(21), "Toujours la crue", decidedOn.plusDays(2)), dioro.situation());

        // then
        assertThat(verdicts).filteredOn(v -> v.severity() == Severity.WARNING).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("MEET-2.postponed-again");
            assertThat(v.facts()).containsEntry("count", "3").containsEntry("since", SECOND_MEETING_ON.toString());
        });
    }

    @Test
    void a_convened_meeting_cancelled_without_a_reason_is_refused_and_with_one_passes() {
        assertThat(PactCheck.verdicts("MEET-2", new CancelMeeting(second().id(), null, decidedOn), dioro.situation()))
                .singleElement().satisfies(v -> {
                    assertThat(v.isBlocking()).isTrue();
                    assertThat(v.messageKey()).isEqualTo("MEET-2.cancelled-without-reason");
                });
        assertThat(PactCheck.verdicts("MEET-2", new CancelMeeting(second().id(), "Blocus de la commune", decidedOn),
                dioro.situation())).singleElement().satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.INFO);
                    assertThat(v.messageKey()).isEqualTo("MEET-2.tell-invitees-cancelled");
                    assertThat(v.facts()).containsEntry("reason", "Blocus de la commune");
                });
    }

    @Test
    void cancelling_the_only_meeting_after_the_plan_ended_warns_that_the_framework_is_overdue_again() {
        // given
        LocalDate afterTheEnd = FIRST_PLAN.end().plusDays(2);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("MEET-2", new CancelMeeting(second().id(), "Blocus", afterTheEnd),
                dioro.situation());

        // then
        assertThat(verdicts).filteredOn(v -> v.severity() == Severity.WARNING).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("MEET-2.leaves-framework-overdue");
            assertThat(v.facts()).containsEntry("plan", "1").containsEntry("end", "2025-05-31");
        });
    }

    @Test
    void a_held_meeting_is_left_to_the_model() {
        // given
        Dioro held = dioro().secondMeetingHeld();

        // then
        assertThat(PactCheck.verdicts("MEET-2", new CancelMeeting(held.secondMeeting().id(), null, decidedOn),
                held.situation())).isEmpty();
    }

    private Meeting second() {
        return dioro.secondMeeting();
    }
}
