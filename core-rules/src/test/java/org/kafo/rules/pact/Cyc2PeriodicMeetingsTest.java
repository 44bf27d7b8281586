package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_PLAN;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("CYC-2: the next meeting is due by the end of the plan in force")
class Cyc2PeriodicMeetingsTest {

    private final Dioro dioro = dioro().committeeInstalled();

    @Test
    void a_meeting_on_the_last_day_of_the_plan_is_on_time() {
        assertThat(PactCheck.verdicts("CYC-2", dioro.conveneMeetingOn(FIRST_PLAN.end()), dioro.situation())).isEmpty();
    }

    @Test
    void a_meeting_the_day_after_the_plan_ends_is_warned() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("CYC-2", dioro.conveneMeetingOn(FIRST_PLAN.end().plusDays(1)),
                dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("CYC-2.meeting-after-plan-end");
            assertThat(v.facts()).containsEntry("plannedOn", "2025-06-01").containsEntry("end", "2025-05-31")
                    .containsEntry("planId", dioro.firstPlan().id().toString());
        });
    }

    @Test
    void without_a_plan_in_force_there_is_no_deadline() {
        // given
        Dioro beforePlans = dioro().firstMeetingHeld();

        // then
        assertThat(PactCheck.verdicts("CYC-2", beforePlans.conveneMeetingOn(LocalDate.of(2026, 1, 15)),
                beforePlans.situation())).isEmpty();
    }
}
