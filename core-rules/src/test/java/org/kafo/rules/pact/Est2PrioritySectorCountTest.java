package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.PROPOSED_ON;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.ProposeFramework;

@DisplayName("EST-2: a framework has two or three priority sectors (profile: min, max)")
class Est2PrioritySectorCountTest {

    private static final List<Sector> SECTORS = List.of(PactFixtures.IRRIGATION, PactFixtures.MARKET_GARDENING,
            Sector.of("livestock"), Sector.of("fishing"), Sector.of("shea-processing"));

    @ParameterizedTest(name = "{0} sectors")
    @ValueSource(ints = {2, 3})
    void two_or_three_sectors_pass(int count) {
        assertThat(establishWith(count, RuleProfile.pact())).isEmpty();
    }

    @Test
    void one_sector_is_too_few() {
        // when
        List<Verdict> verdicts = establishWith(1, RuleProfile.pact());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(v.messageKey()).isEqualTo("EST-2.too-few");
            assertThat(v.facts()).containsEntry("count", "1").containsEntry("min", "2").containsEntry("max", "3")
                    .containsKey("framework");
        });
    }

    @Test
    void four_sectors_are_too_many() {
        // when
        List<Verdict> verdicts = establishWith(4, RuleProfile.pact());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(v.messageKey()).isEqualTo("EST-2.too-many");
            assertThat(v.facts()).containsEntry("count", "4").containsEntry("max", "3");
        });
    }

    @ParameterizedTest(name = "{0} sectors with bounds 1..4: {1}")
    @CsvSource({"1, true", "4, true", "5, false"})
    void a_profile_moves_the_bounds(int count, boolean passes) {
        // given
        RuleProfile wider = RuleProfile.custom().prioritySectors(1, 4).build();

        // when
        List<Verdict> verdicts = establishWith(count, wider);

        // then
        assertThat(verdicts.isEmpty()).isEqualTo(passes);
    }

    @Test
    void a_proposal_with_four_sectors_is_only_warned() {
        // given
        ProposeFramework proposal = new ProposeFramework(CommuneId.newId(), "Cadre de concertation de Kokry",
                SECTORS.subList(0, 4), PROPOSED_ON);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-2", proposal, Situation.outsideAnyFramework());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("EST-2.proposal-too-many");
            assertThat(v.facts()).containsEntry("communeId", proposal.commune().toString()).containsEntry("count", "4");
        });
    }

    @Test
    void a_proposal_with_one_sector_counted_twice_is_warned_as_one() {
        // given
        ProposeFramework proposal = new ProposeFramework(CommuneId.newId(), "Cadre de concertation de Kokry",
                List.of(PactFixtures.IRRIGATION, PactFixtures.IRRIGATION), PROPOSED_ON);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-2", proposal, Situation.outsideAnyFramework());

        // then
        assertThat(verdicts).extracting(Verdict::messageKey).containsExactly("EST-2.proposal-too-few");
        assertThat(verdicts.get(0).facts()).containsEntry("count", "1");
    }

    @Test
    void a_proposal_with_two_sectors_passes() {
        // given
        ProposeFramework proposal = new ProposeFramework(CommuneId.newId(), "Cadre de concertation de Kokry",
                SECTORS.subList(0, 2), PROPOSED_ON);

        // then
        assertThat(PactCheck.verdicts("EST-2", proposal, Situation.outsideAnyFramework())).isEmpty();
    }

    private static List<Verdict> establishWith(int count, RuleProfile profile) {
        List<Sector> sectors = IntStream.range(0, count).mapToObj(SECTORS::get).toList();
        ConsultationFramework framework = ConsultationFramework.propose(CommuneId.newId(), "Cadre de concertation",
                sectors, PROPOSED_ON);
        EstablishFramework establish = new EstablishFramework(framework.id(), PactFixtures.DELIBERATION,
                PactFixtures.ESTABLISHED_ON);
        return PactCheck.verdicts("EST-2", establish, Situation.of(framework).build(), profile);
    }
}
