package org.kafo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

/** One commune's cycles, with a listener and a last day. */
@DisplayName("The plan cycles of a commune")
class PlanCyclesTest {

    private static final PactMaliDataset DATASET = PactMaliDataset.load();
    private static final LocalDate FIRST_PLAN = LocalDate.of(2008, 3, 1);

    private final InMemoryRepositories repositories = new InMemoryRepositories();
    private final ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());
    private final LoadedDataset loaded = DATASET.loadInto(process);
    private final LoadedDataset.Commune dioro = loaded.communes().get(0);

    private PlanCycles cycles(long seed) {
        Cast cast = new Simulation(DATASET, process, 1, seed).cast(loaded, dioro);
        return new PlanCycles(process, cast, DATASET.needCatalogue(), new Random(seed)).withNeeds(dioro.needs());
    }

    @Test
    void a_listener_that_only_listens_sees_every_answer_and_meeting_and_changes_nothing() {
        // given
        PlanCycles.Played alone = cycles(5).play(FIRST_PLAN, 3);
        List<Outcome<?>> answers = new ArrayList<>();
        List<Meeting> held = new ArrayList<>();
        InMemoryRepositories other = new InMemoryRepositories();
        ConsultationProcess otherProcess = new ConsultationProcess(other, PactRules.book());
        LoadedDataset otherLoaded = DATASET.loadInto(otherProcess);
        Cast cast = new Simulation(DATASET, otherProcess, 1, 5).cast(otherLoaded, otherLoaded.communes().get(0));

        // when
        PlanCycles.Played listened = new PlanCycles(otherProcess, cast, DATASET.needCatalogue(), new Random(5))
                .withNeeds(otherLoaded.communes().get(0).needs()).listenedBy(new CycleListener() {
                    @Override
                    public void answered(Outcome<?> outcome) {
                        answers.add(outcome);
                    }

                    @Override
                    public void held(Meeting meeting, boolean quorum) {
                        held.add(meeting);
                    }
                }).play(FIRST_PLAN, 3);

        // then
        assertThat(listened).isEqualTo(alone);
        assertThat(listened.plans()).isEqualTo(3);
        assertThat(held).hasSize(other.meetings().findByFramework(cast.framework()).size()).hasSizeGreaterThan(3);
        assertThat(answers).hasSizeGreaterThan(held.size()).allSatisfy(a -> assertThat(a.refused()).isFalse());
    }

    @Test
    void nothing_happens_after_the_last_day_and_the_plan_adopted_last_stays_in_force() {
        // given the fourth plan's quarter, half-way
        LocalDate lastDay = FIRST_PLAN.plusMonths(9).plusDays(40);

        // when
        PlanCycles.Played played = cycles(11).stoppingOn(lastDay).play(FIRST_PLAN, 8);

        // then
        List<ActionPlan> plans = repositories.plans().findByFramework(dioro.framework());
        assertThat(played.plans()).isEqualTo(4).isEqualTo(plans.size());
        assertThat(plans.get(3).isInForce()).isTrue();
        assertThat(repositories.meetings().findByFramework(dioro.framework()))
                .allSatisfy(m -> assertThat(m.heldOn().orElseThrow()).isBeforeOrEqualTo(lastDay));
        assertThat(plans.get(3).actions()).filteredOn(a -> a.completedOn() != null)
                .allSatisfy(a -> assertThat(a.completedOn()).isBeforeOrEqualTo(lastDay));
    }
}
