package org.kafo.server.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.demo.SimulationResult;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void the_pact_dataset_goes_through_its_cycles_under_the_pact_rule_book_up_to_the_day_it_is_written() {
        // given
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());

        // when
        SimulationResult result = DemoDataLoader.write(process, 2, 42L, TODAY);

        // then
        assertThat(repositories.regions().findAll()).hasSize(2);
        assertThat(repositories.communes().findAll()).hasSize(20);
        assertThat(result.communes()).hasSize(20).allSatisfy(commune -> {
            assertThat(repositories.frameworks().get(commune.framework()).status()).isEqualTo(FrameworkStatus.ACTIVE);
            assertThat(repositories.plans().findByFramework(commune.framework())).hasSize(2);
            assertThat(Indicators.of(repositories, commune.framework(), result.asOf()).meetings().held())
                    .isGreaterThanOrEqualTo(2);
            assertThat(repositories.plans().findByFramework(commune.framework()))
                    .anyMatch(plan -> plan.isInForce() && plan.period().contains(TODAY));
            assertThat(repositories.meetings().findByFramework(commune.framework()))
                    .anyMatch(meeting -> !meeting.isHeld() && meeting.plannedOn().isAfter(TODAY));
        });
        assertThat(repositories.communes().findByCode("04060101")).hasValueSatisfying(
                dioro -> assertThat(dioro.name()).isEqualTo("Dioro"));
    }

    @Test
    void every_held_meeting_gets_its_minutes_approved_by_the_parties_present_but_the_last_by_the_town_hall_alone() {
        // given
        InMemoryRepositories repositories = new InMemoryRepositories();
        ConsultationProcess process = new ConsultationProcess(repositories, PactRules.book());
        DemoDataLoader.write(process, 2, 42L, TODAY);

        // when
        int written = DemoDataLoader.writeMinutes(process, repositories, TODAY);

        // then
        List<Meeting> held = repositories.frameworks().findAll().stream()
                .flatMap(f -> repositories.meetings().findByFramework(f.id()).stream()).filter(Meeting::isHeld).toList();
        assertThat(written).isEqualTo(held.size()).isGreaterThanOrEqualTo(40);
        assertThat(held).allSatisfy(meeting -> assertThat(meeting.minutes()).hasValueSatisfying(minutes -> {
            assertThat(minutes.text()).contains("Rencontre n° " + meeting.sequence(), meeting.agenda().get(0).title());
            assertThat(minutes.recordedOn()).isAfterOrEqualTo(meeting.heldOn().orElseThrow()).isBeforeOrEqualTo(TODAY);
        }));
        Meeting first = held.stream().filter(m -> m.sequence() == 1).findFirst().orElseThrow();
        assertThat(first.approvals()).hasSameSizeAs(
                first.attendance().stream().map(a -> a.organisation()).distinct().toList());
        assertThat(DemoDataLoader.writeMinutes(process, repositories, TODAY)).as("a second time: nothing left").isZero();
    }
}
