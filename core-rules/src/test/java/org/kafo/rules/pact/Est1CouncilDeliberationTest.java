package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.DELIBERATION;
import static org.kafo.rules.pact.PactFixtures.ESTABLISHED_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("EST-1: a framework is established only on a recorded council deliberation")
class Est1CouncilDeliberationTest {

    private final Dioro dioro = dioro().withMembers();

    @Test
    void establishment_on_an_earlier_deliberation_passes() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-1", dioro.establish(), dioro.situation());

        // then
        assertThat(verdicts).isEmpty();
    }

    @Test
    void a_deliberation_of_the_establishment_day_is_enough() {
        // given
        CouncilDeliberation sameDay = new CouncilDeliberation("2025-005/CC-DRO", ESTABLISHED_ON, DELIBERATION.decision());

        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-1",
                new EstablishFramework(dioro.framework.id(), sameDay, ESTABLISHED_ON), dioro.situation());

        // then
        assertThat(verdicts).isEmpty();
    }

    @Test
    void establishment_without_deliberation_is_refused() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-1",
                new EstablishFramework(dioro.framework.id(), null, ESTABLISHED_ON), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(v.messageKey()).isEqualTo("EST-1.no-deliberation");
            assertThat(v.facts()).containsEntry("frameworkId", dioro.framework.id().toString())
                    .containsEntry("on", "2025-01-27");
        });
    }

    @Test
    void a_deliberation_dated_one_day_after_establishment_is_refused() {
        // given
        LocalDate dayAfter = ESTABLISHED_ON.plusDays(1);
        CouncilDeliberation later = new CouncilDeliberation("2025-006/CC-DRO", dayAfter, DELIBERATION.decision());

        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-1",
                new EstablishFramework(dioro.framework.id(), later, ESTABLISHED_ON), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("EST-1.deliberation-after-establishment");
            assertThat(v.facts()).containsEntry("deliberation", "2025-006/CC-DRO")
                    .containsEntry("date", "2025-01-28")
                    .containsEntry("on", "2025-01-27");
        });
    }
}
