package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.ESTABLISHED_ON;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.PROPOSED_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.organisation.Organisation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("EST-3: the municipality and a professional organisation per priority sector are members")
class Est3MunicipalityAndSectorsRepresentedTest {

    @Nested
    @DisplayName("when the council establishes the framework")
    class Establishment {

        private final Dioro dioro = dioro();

        @Test
        void municipality_and_both_sectors_represented_pass() {
            // given
            dioro.withMembers();

            // then
            assertThat(PactCheck.verdicts("EST-3", dioro.establish(), dioro.situation())).isEmpty();
        }

        @Test
        void without_the_municipality_it_is_refused() {
            // given
            dioro.admit(dioro.irrigators, IRRIGATION);
            dioro.admit(dioro.gardeners, MARKET_GARDENING);

            // when
            List<Verdict> verdicts = PactCheck.verdicts("EST-3", dioro.establish(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("EST-3.no-municipality");
                assertThat(v.facts()).containsEntry("frameworkId", dioro.framework.id().toString());
            });
        }

        @Test
        void the_municipality_of_another_commune_does_not_count() {
            // given
            dioro.admit(dioro.neighbouringMunicipality);
            dioro.admit(dioro.irrigators, IRRIGATION);
            dioro.admit(dioro.gardeners, MARKET_GARDENING);

            // then
            assertThat(PactCheck.verdicts("EST-3", dioro.establish(), dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("EST-3.no-municipality");
        }

        @Test
        void a_sector_without_a_professional_organisation_is_refused() {
            // given
            dioro.admit(dioro.municipality);
            dioro.admit(dioro.irrigators, IRRIGATION);
            dioro.admit(dioro.gardeningNgo, MARKET_GARDENING);

            // when
            List<Verdict> verdicts = PactCheck.verdicts("EST-3", dioro.establish(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("EST-3.sector-unrepresented");
                assertThat(v.facts()).containsEntry("sector", "market-gardening");
            });
        }

        @Test
        void a_cooperative_admitted_for_no_sector_represents_none() {
            // given
            dioro.admit(dioro.municipality);
            dioro.admit(dioro.irrigators, IRRIGATION);
            dioro.admit(dioro.gardeners);

            // then
            assertThat(PactCheck.verdicts("EST-3", dioro.establish(), dioro.situation()))
                    .extracting(v -> v.facts().get("sector")).containsExactly("market-gardening");
        }

        @Test
        void a_member_from_the_day_of_establishment_counts_and_from_the_day_after_not_yet() {
            // given
            dioro.admit(dioro.municipality);
            dioro.admit(dioro.irrigators, ESTABLISHED_ON, IRRIGATION);
            dioro.admit(dioro.gardeners, ESTABLISHED_ON.plusDays(1), MARKET_GARDENING);

            // then
            assertThat(PactCheck.verdicts("EST-3", dioro.establish(), dioro.situation()))
                    .extracting(v -> v.facts().get("sector")).containsExactly("market-gardening");
        }
    }

    @Nested
    @DisplayName("when a member leaves")
    class Departure {

        private final Dioro dioro = dioro().established();

        @Test
        void the_last_cooperative_of_a_sector_cannot_leave() {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("EST-3", leaving(dioro.gardeners), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("EST-3.last-of-sector-leaving");
                assertThat(v.facts()).containsEntry("organisationId", dioro.gardeners.id().toString())
                        .containsEntry("sector", "market-gardening")
                        .containsEntry("lastDay", "2025-06-30");
            });
        }

        @Test
        void a_cooperative_may_leave_when_another_represents_its_sector() {
            // given
            dioro.admit(dioro.riceGrowers, IRRIGATION);

            // then
            assertThat(PactCheck.verdicts("EST-3", leaving(dioro.irrigators), dioro.situation())).isEmpty();
        }

        @Test
        void a_replacement_admitted_from_the_day_after_keeps_the_sector_represented() {
            // given
            dioro.admit(dioro.riceGrowers, LocalDate.of(2025, 7, 1), IRRIGATION);

            // then
            assertThat(PactCheck.verdicts("EST-3", leaving(dioro.irrigators), dioro.situation())).isEmpty();
        }

        @Test
        void a_replacement_admitted_two_days_later_leaves_a_gap() {
            // given
            dioro.admit(dioro.riceGrowers, LocalDate.of(2025, 7, 2), IRRIGATION);

            // then
            assertThat(PactCheck.verdicts("EST-3", leaving(dioro.irrigators), dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("EST-3.last-of-sector-leaving");
        }

        @Test
        void the_municipality_cannot_leave() {
            // then
            assertThat(PactCheck.verdicts("EST-3", leaving(dioro.municipality), dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("EST-3.municipality-leaving");
        }

        @Test
        void a_partner_may_leave() {
            assertThat(PactCheck.verdicts("EST-3", leaving(dioro.partner), dioro.situation())).isEmpty();
        }

        @Test
        void an_active_framework_is_checked_too() {
            // given
            dioro.firstMeetingHeld();

            // then
            assertThat(PactCheck.verdicts("EST-3", leaving(dioro.irrigators), dioro.situation())).hasSize(1);
        }

        @Test
        void a_framework_still_proposed_is_not_checked() {
            // given
            Dioro proposed = dioro().withMembers();

            // then
            assertThat(PactCheck.verdicts("EST-3", new EndMembership(proposed.framework.id(),
                    proposed.gardeners.id(), PROPOSED_ON.plusDays(3), "dissoute"), proposed.situation())).isEmpty();
        }

        private EndMembership leaving(Organisation organisation) {
            return new EndMembership(dioro.framework.id(), organisation.id(), LocalDate.of(2025, 6, 30),
                    "retrait décidé en assemblée générale");
        }
    }
}
