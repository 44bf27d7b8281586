package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FISHING;
import static org.kafo.rules.pact.PactFixtures.HEALTH;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("EST-2 and EST-3 again on a deliberation that changes the priority sectors")
class SectorsChangeTest {

    private static final LocalDate ON = LocalDate.of(2025, 11, 3);

    private final Dioro dioro = dioro().firstMeetingHeld();

    @Test
    void the_same_count_of_represented_sectors_passes_both() {
        RecordDeliberation change = change(List.of(MARKET_GARDENING, IRRIGATION));
        assertThat(PactCheck.verdicts("EST-2", change, dioro.situation())).isEmpty();
        assertThat(PactCheck.verdicts("EST-3", change, dioro.situation())).isEmpty();
    }

    @Test
    void one_sector_is_too_few_and_four_too_many() {
        // when
        List<Verdict> fewer = PactCheck.verdicts("EST-2", change(List.of(IRRIGATION)), dioro.situation());
        List<Verdict> more = PactCheck.verdicts("EST-2", change(List.of(IRRIGATION, MARKET_GARDENING, FISHING,
                HEALTH)), dioro.situation());

        // then
        assertThat(fewer).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("EST-2.change-too-few");
            assertThat(v.facts()).containsEntry("count", "1").containsEntry("min", "2")
                    .containsEntry("framework", "Cadre de concertation de Dioro");
        });
        assertThat(more).extracting(Verdict::messageKey).containsExactly("EST-2.change-too-many");
    }

    @Test
    void a_new_sector_no_professional_member_represents_is_warned() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-3", change(List.of(IRRIGATION, FISHING)), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("EST-3.new-sector-unrepresented");
            assertThat(v.facts()).containsEntry("sector", "fishing");
        });
    }

    @Test
    void other_outcomes_are_not_counted() {
        RecordDeliberation renewal = new RecordDeliberation(dioro.framework.id(), deliberation(),
                DeliberationOutcome.RENEWAL, List.of(), ON);
        assertThat(PactCheck.verdicts("EST-2", renewal, dioro.situation())).isEmpty();
        assertThat(PactCheck.verdicts("EST-3", renewal, dioro.situation())).isEmpty();
    }

    private RecordDeliberation change(List<Sector> sectors) {
        return new RecordDeliberation(dioro.framework.id(), deliberation(), DeliberationOutcome.SECTORS_CHANGE,
                sectors, ON);
    }

    private static CouncilDeliberation deliberation() {
        return new CouncilDeliberation("2025-041/CC-DRO", ON, "Le conseil communal change les filières prioritaires");
    }
}
