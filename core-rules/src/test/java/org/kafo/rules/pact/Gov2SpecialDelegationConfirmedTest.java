package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.DELIBERATION;
import static org.kafo.rules.pact.PactFixtures.ESTABLISHED_ON;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("GOV-2: a special delegation's decision beyond renewal is for the next elected council to confirm")
class Gov2SpecialDelegationConfirmedTest {

    private static final LocalDate DELEGATION_ON = LocalDate.of(2025, 10, 6);
    private static final CouncilDeliberation DELEGATION = new CouncilDeliberation("2025-007/DS-DRO", DELEGATION_ON,
            "La délégation spéciale se prononce sur le cadre de concertation", DeliberatingBody.SPECIAL_DELEGATION);

    private final Dioro dioro = dioro().firstMeetingHeld();

    @Test
    void a_renewal_by_a_special_delegation_passes() {
        assertThat(PactCheck.verdicts("GOV-2", deliberation(DELEGATION, DeliberationOutcome.RENEWAL),
                dioro.situation())).isEmpty();
    }

    @Test
    void the_council_s_change_of_sectors_passes() {
        CouncilDeliberation council = new CouncilDeliberation("2025-041/CC-DRO", DELEGATION_ON, "Nouvelles filières");
        assertThat(PactCheck.verdicts("GOV-2", deliberation(council, DeliberationOutcome.SECTORS_CHANGE),
                dioro.situation())).isEmpty();
    }

    @Test
    void a_dissolution_by_a_special_delegation_is_warned_for_confirmation() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("GOV-2", deliberation(DELEGATION, DeliberationOutcome.DISSOLUTION),
                dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("GOV-2.to-confirm");
            assertThat(v.facts()).containsEntry("framework", "Cadre de concertation de Dioro")
                    .containsEntry("deliberation", DELEGATION.number()).containsEntry("outcome", "DISSOLUTION");
        });
    }

    @Test
    void a_change_of_sectors_by_a_special_delegation_is_warned_and_a_profile_may_make_it_blocking() {
        // given
        RecordDeliberation change = deliberation(DELEGATION, DeliberationOutcome.SECTORS_CHANGE);
        RuleBook strict = RuleBook.builder(RuleProfile.pact()).pack(PactRules.pack())
                .severity("GOV-2", Severity.BLOCKING).build();

        // then
        assertThat(PactCheck.verdicts("GOV-2", change, dioro.situation())).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        assertThat(strict.check(change, dioro.situation())).filteredOn(v -> v.ruleId().equals("GOV-2"))
                .singleElement().satisfies(v -> assertThat(v.isBlocking()).isTrue());
    }

    @Test
    void a_framework_established_by_a_special_delegation_is_warned_for_confirmation() {
        // given
        Dioro proposed = dioro().withMembers();
        CouncilDeliberation byDelegation = new CouncilDeliberation(DELIBERATION.number(), DELIBERATION.date(),
                DELIBERATION.decision(), DeliberatingBody.SPECIAL_DELEGATION);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("GOV-2", new EstablishFramework(proposed.framework.id(),
                byDelegation, ESTABLISHED_ON), proposed.situation());

        // then
        assertThat(verdicts).extracting(Verdict::messageKey).containsExactly("GOV-2.establishment-to-confirm");
        assertThat(PactCheck.verdicts("GOV-2", proposed.establish(), proposed.situation())).isEmpty();
    }

    private RecordDeliberation deliberation(CouncilDeliberation deliberation, DeliberationOutcome outcome) {
        return new RecordDeliberation(dioro.framework.id(), deliberation, outcome,
                outcome == DeliberationOutcome.SECTORS_CHANGE ? List.of(IRRIGATION, MARKET_GARDENING) : List.of(),
                DELEGATION_ON);
    }
}
