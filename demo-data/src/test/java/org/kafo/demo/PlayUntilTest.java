package org.kafo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

/** The story as of a day: the dataset's days moved by whole months so that the last plan is in force that day. */
@DisplayName("The PACT Mali simulation as of a day")
class PlayUntilTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-03-20", "2026-07-10", "2026-12-28"})
    void on_the_day_every_framework_is_mid_cycle_and_dioro_shows_work_done_late_and_blocked(String day) {
        // given
        LocalDate today = LocalDate.parse(day);
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());

        // when
        SimulationResult result = PactMaliDataset.load().playUntil(process, 2, 42L, today);

        // then
        assertThat(result.asOf()).isEqualTo(today);
        for (SimulationResult.Commune commune : result.communes()) {
            ActionPlan inForce = lastPlan(repositories, commune);
            assertThat(inForce.period().contains(today)).as(commune.name()).isTrue();
            assertThat(inForce.isInForce()).as(commune.name()).isTrue();
            assertThat(next(repositories, commune, today)).as(commune.name()).isNotNull();
            assertThat(process.followUp(new org.kafo.rules.command.FollowUp(commune.framework(), today))).as(commune.name())
                    .noneMatch(v -> v.ruleId().equals("CYC-3"));
        }
        SimulationResult.Commune dioro = result.communes().get(0);
        assertThat(dioro.name()).isEqualTo("Dioro");
        ConsultationFramework framework = repositories.frameworks().get(dioro.framework());
        assertThat(framework.proposedOn()).isBetween(today.minusMonths(8), today.minusMonths(6));
        List<Action> actions = lastPlan(repositories, dioro).actions();
        assertThat(actions).anyMatch(a -> a.status() == ActionStatus.DONE);
        assertThat(actions).filteredOn(a -> a.dueDate().isBefore(today) && !a.status().isClosed()).hasSize(1)
                .allMatch(a -> a.status() == ActionStatus.BLOCKED);
        MonitoringCommittee committee = repositories.committees().findByFramework(dioro.framework()).orElseThrow();
        assertThat(committee.unresolvedObstacles()).hasSize(1);
        Meeting next = next(repositories, dioro, today);
        assertThat(next.plannedOn()).isBetween(today.plusDays(7), today.plusDays(50));
        assertThat(next.convocation().orElseThrow().issuedOn()).isBeforeOrEqualTo(today);
    }

    @Test
    void as_of_mid_july_2008_the_days_are_the_datasets_own() {
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());
        PactMaliDataset dataset = PactMaliDataset.load();

        SimulationResult result = dataset.playUntil(process, 2, 42L, LocalDate.of(2008, 7, 15));

        assertThat(repositories.frameworks().get(result.communes().get(0).framework()).proposedOn())
                .isEqualTo(dataset.startsOn()).isEqualTo(LocalDate.of(2008, 1, 7));
        assertThat(lastPlan(repositories, result.communes().get(0)).period().start()).isEqualTo(LocalDate.of(2008, 6, 1));
    }

    @Test
    void playing_no_cycle_is_refused() {
        ConsultationProcess process = new ConsultationProcess(new InMemoryRepositories(), PactRules.book());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PactMaliDataset.load().playUntil(process, 0, 1L, LocalDate.of(2026, 1, 1)))
                .withMessage("cycles must be 1 or more, was 0");
    }

    private static ActionPlan lastPlan(InMemoryRepositories repositories, SimulationResult.Commune commune) {
        return repositories.plans().findByFramework(commune.framework()).stream()
                .max(Comparator.comparing(ActionPlan::cycle)).orElseThrow();
    }

    private static Meeting next(InMemoryRepositories repositories, SimulationResult.Commune commune, LocalDate today) {
        return repositories.meetings().findByFramework(commune.framework()).stream()
                .filter(m -> m.status() == MeetingStatus.CONVENED && m.plannedOn().isAfter(today))
                .findFirst().orElse(null);
    }
}
