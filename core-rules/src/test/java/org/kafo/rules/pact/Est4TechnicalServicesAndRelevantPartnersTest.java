package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.organisation.Organisation;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("EST-4: technical services are members; partners and NGOs work in the sectors (warnings)")
class Est4TechnicalServicesAndRelevantPartnersTest {

    private final Dioro dioro = dioro();

    @Test
    void dioro_with_its_rural_engineering_service_and_an_irrigation_partner_passes() {
        // given
        dioro.withMembers();

        // then
        assertThat(PactCheck.verdicts("EST-4", dioro.establish(), dioro.situation())).isEmpty();
    }

    @Test
    void no_technical_service_is_warned() {
        // given
        dioro.admit(dioro.municipality);
        dioro.admit(dioro.irrigators, IRRIGATION);
        dioro.admit(dioro.gardeners, MARKET_GARDENING);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-4", dioro.establish(), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("EST-4.no-technical-service");
            assertThat(v.facts()).containsEntry("frameworkId", dioro.framework.id().toString());
        });
    }

    @Test
    void a_profile_that_does_not_require_technical_services_is_silent() {
        // given
        dioro.admit(dioro.municipality);
        dioro.admit(dioro.irrigators, IRRIGATION);
        dioro.admit(dioro.gardeners, MARKET_GARDENING);
        RuleProfile withoutServices = RuleProfile.custom().technicalServiceRequired(false).build();

        // then
        assertThat(PactCheck.verdicts("EST-4", dioro.establish(), dioro.situation(), withoutServices)).isEmpty();
    }

    @Test
    void an_ngo_outside_the_priority_sectors_is_warned_at_establishment() {
        // given
        dioro.withMembers();
        dioro.admit(dioro.healthNgo);

        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-4", dioro.establish(), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.messageKey()).isEqualTo("EST-4.outside-priority-sectors");
            assertThat(v.facts()).containsEntry("organisationId", dioro.healthNgo.id().toString())
                    .containsEntry("organisation", "Santé pour tous")
                    .containsEntry("category", "NGO");
        });
    }

    @Test
    void admitting_an_ngo_outside_the_sectors_is_warned() {
        // given
        dioro.established();

        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-4", admitting(dioro.healthNgo), dioro.situation());

        // then
        assertThat(verdicts).extracting(Verdict::severity, Verdict::messageKey)
                .containsExactly(tuple(Severity.WARNING, "EST-4.outside-priority-sectors"));
    }

    @Test
    void admitting_an_ngo_active_in_market_gardening_passes() {
        // given
        dioro.established();

        // then
        assertThat(PactCheck.verdicts("EST-4", admitting(dioro.gardeningNgo), dioro.situation())).isEmpty();
    }

    @Test
    void professional_organisations_are_not_judged_by_this_rule() {
        // given
        dioro.established();

        // then
        assertThat(PactCheck.verdicts("EST-4", admitting(dioro.fishers), dioro.situation())).isEmpty();
    }

    @Test
    void the_last_technical_service_leaving_is_warned() {
        // given
        dioro.established();

        // when
        List<Verdict> verdicts = PactCheck.verdicts("EST-4", new EndMembership(dioro.framework.id(),
                dioro.ruralEngineering.id(), LocalDate.of(2025, 6, 30), "réaffectation"), dioro.situation());

        // then
        assertThat(verdicts).extracting(Verdict::messageKey).containsExactly("EST-4.last-technical-service-leaving");
        assertThat(verdicts.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    private AdmitMember admitting(Organisation organisation) {
        return new AdmitMember(dioro.framework.id(), organisation.id(), List.of(),
                List.of(dioro.representative(organisation)), LocalDate.of(2025, 2, 3));
    }
}
