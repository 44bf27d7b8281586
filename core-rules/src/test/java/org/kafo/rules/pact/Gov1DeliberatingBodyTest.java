package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.DELIBERATED_ON;
import static org.kafo.rules.pact.PactFixtures.DELIBERATION;
import static org.kafo.rules.pact.PactFixtures.FISHING;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("GOV-1: a framework's existence follows its commune's deliberating body")
class Gov1DeliberatingBodyTest {

    static final LocalDate NEW_COUNCIL_ON = LocalDate.of(2025, 11, 3);
    static final CouncilDeliberation NEW_COUNCIL = new CouncilDeliberation("2025-041/CC-DRO", NEW_COUNCIL_ON,
            "Le nouveau conseil communal reconduit le cadre de concertation");

    private final Dioro dioro = dioro().firstMeetingHeld();

    @ParameterizedTest
    @EnumSource(DeliberationOutcome.class)
    void a_later_deliberation_of_the_council_passes(DeliberationOutcome outcome) {
        assertThat(PactCheck.verdicts("GOV-1", deliberation(NEW_COUNCIL, outcome, NEW_COUNCIL_ON), dioro.situation()))
                .isEmpty();
    }

    @Test
    void a_deliberation_of_the_day_it_takes_effect_and_of_the_establishing_day_passes() {
        CouncilDeliberation sameDay = new CouncilDeliberation("2025-005/CC-DRO", DELIBERATED_ON, "Reconduction",
                DeliberatingBody.SPECIAL_DELEGATION);
        assertThat(PactCheck.verdicts("GOV-1", deliberation(sameDay, DeliberationOutcome.RENEWAL, DELIBERATED_ON),
                dioro.situation())).isEmpty();
    }

    @Test
    void no_deliberation_is_refused() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("GOV-1", deliberation(null, DeliberationOutcome.DISSOLUTION,
                NEW_COUNCIL_ON), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(v.messageKey()).isEqualTo("GOV-1.no-deliberation");
            assertThat(v.facts()).containsEntry("framework", "Cadre de concertation de Dioro")
                    .containsEntry("frameworkId", dioro.framework.id().toString())
                    .containsEntry("outcome", "DISSOLUTION");
        });
    }

    @Test
    void a_number_already_used_in_the_framework_is_refused_whatever_its_case() {
        // given the establishing deliberation's number, in lower case
        CouncilDeliberation again = new CouncilDeliberation(DELIBERATION.number().toLowerCase(), NEW_COUNCIL_ON,
                "Reconduction");

        // when
        List<Verdict> verdicts = PactCheck.verdicts("GOV-1", deliberation(again, DeliberationOutcome.RENEWAL,
                NEW_COUNCIL_ON), dioro.situation());

        // then
        assertThat(verdicts).extracting(Verdict::messageKey).containsExactly("GOV-1.number-taken");
        assertThat(verdicts.get(0).isBlocking()).isTrue();
    }

    @Test
    void a_deliberation_before_the_establishing_one_is_refused() {
        // given
        CouncilDeliberation earlier = new CouncilDeliberation("2024-099/CC-DRO", DELIBERATED_ON.minusDays(1),
                "Reconduction");

        // when
        List<Verdict> verdicts = PactCheck.verdicts("GOV-1", deliberation(earlier, DeliberationOutcome.RENEWAL,
                NEW_COUNCIL_ON), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("GOV-1.before-establishment");
            assertThat(v.facts()).containsEntry("establishing", DELIBERATION.number())
                    .containsEntry("establishingDate", DELIBERATED_ON.toString());
        });
    }

    @Test
    void a_deliberation_cannot_take_effect_before_it_is_taken() {
        assertThat(PactCheck.verdicts("GOV-1", deliberation(NEW_COUNCIL, DeliberationOutcome.RENEWAL,
                NEW_COUNCIL_ON.minusDays(1)), dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("GOV-1.after-recording");
    }

    @Test
    void a_dissolution_without_deliberation_is_warned() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("GOV-1", new DissolveFramework(dioro.framework.id(),
                "Fusion des communes", NEW_COUNCIL_ON), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("GOV-1.dissolution-without-deliberation");
            assertThat(v.facts()).containsEntry("on", NEW_COUNCIL_ON.toString());
        });
    }

    private RecordDeliberation deliberation(CouncilDeliberation deliberation, DeliberationOutcome outcome,
            LocalDate on) {
        List<org.kafo.model.common.Sector> sectors = outcome == DeliberationOutcome.SECTORS_CHANGE
                ? List.of(IRRIGATION, FISHING) : List.of();
        return new RecordDeliberation(dioro.framework.id(), deliberation, outcome, sectors, on);
    }
}
