package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FISHING;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.NEEDS_IDENTIFIED_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kafo.model.common.Sector;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.Organisation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("NEED-2: a need has a kind and comes from the professionals of a priority sector")
class Need2NeedKindAndSourceTest {

    private final Dioro dioro = dioro().established();

    @ParameterizedTest
    @EnumSource(NeedKind.class)
    void every_kind_of_need_of_the_irrigators_passes(NeedKind kind) {
        assertThat(PactCheck.verdicts("NEED-2", need(dioro.irrigators, IRRIGATION, kind), dioro.situation()))
                .isEmpty();
    }

    @Test
    void a_need_without_kind_is_refused() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("NEED-2", need(dioro.irrigators, IRRIGATION, null),
                dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("NEED-2.no-kind");
            assertThat(v.facts()).containsEntry("organisationId", dioro.irrigators.id().toString());
        });
    }

    @Test
    void a_need_without_sector_is_refused() {
        assertThat(PactCheck.verdicts("NEED-2", need(dioro.irrigators, null, NeedKind.INVESTMENT), dioro.situation()))
                .extracting(Verdict::messageKey).containsExactly("NEED-2.no-sector");
    }

    @Test
    void a_need_of_a_sector_outside_the_priorities_is_refused() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("NEED-2", need(dioro.irrigators, FISHING, NeedKind.INVESTMENT),
                dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("NEED-2.sector-not-priority");
            assertThat(v.facts()).containsEntry("sector", "fishing");
        });
    }

    @Test
    void the_municipality_does_not_raise_the_professionals_needs() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("NEED-2",
                need(dioro.municipality, IRRIGATION, NeedKind.INVESTMENT), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("NEED-2.not-a-professional-member");
            assertThat(v.facts()).containsEntry("category", "MUNICIPALITY");
        });
    }

    @Test
    void a_cooperative_that_is_not_a_member_cannot_raise_a_need() {
        assertThat(PactCheck.verdicts("NEED-2", need(dioro.riceGrowers, IRRIGATION, NeedKind.INVESTMENT),
                dioro.situation())).extracting(Verdict::messageKey).containsExactly("NEED-2.not-a-professional-member");
    }

    @Test
    void a_cooperative_raises_the_needs_of_its_own_sector_only() {
        // when
        List<Verdict> verdicts = PactCheck.verdicts("NEED-2",
                need(dioro.irrigators, MARKET_GARDENING, NeedKind.INVESTMENT), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("NEED-2.sector-not-represented");
            assertThat(v.facts()).containsEntry("sector", "market-gardening")
                    .containsEntry("organisationId", dioro.irrigators.id().toString());
        });
    }

    private RecordNeed need(Organisation raisedBy, Sector sector, NeedKind kind) {
        return new RecordNeed(dioro.framework.id(), raisedBy.id(), sector, kind, "Réhabilitation du PIV",
                PactFixtures.xof(8_000_000), NEEDS_IDENTIFIED_ON);
    }
}
