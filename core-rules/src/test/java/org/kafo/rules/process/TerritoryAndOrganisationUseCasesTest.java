package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.Effective;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.organisation.LegalRegistration;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationEvent;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Population;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;
import org.kafo.model.territory.TerritoryEvent;
import org.kafo.rules.command.CountMembers;
import org.kafo.rules.command.FormaliseOrganisation;
import org.kafo.rules.command.ReassignCommune;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;

class TerritoryAndOrganisationUseCasesTest {

    private static final LocalDate REFORM = LocalDate.of(2024, 9, 24);

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess process = given.process;

    @Test
    void registering_a_region_saves_it_at_version_one_and_reports_its_registration() {
        // when
        Outcome<Region> outcome = process.registerRegion(new RegisterRegion("02", "Koulikoro", Effective.ALWAYS));

        // then
        Region region = accepted(outcome);
        assertThat(region.version()).isEqualTo(1);
        assertThat(given.repositories.regions().findByCode("02")).hasValueSatisfying(r -> r.name().equals("Koulikoro"));
        assertThat(outcome.events()).singleElement().isInstanceOf(TerritoryEvent.RegionRegistered.class);
    }

    @Test
    void registering_a_cercle_of_an_unknown_region_fails_with_not_found() {
        // given
        RegionId unknown = RegionId.newId();

        // when / then
        assertThatThrownBy(() -> process.registerCercle(new RegisterCercle("02-03", "Kati", unknown, Effective.ALWAYS)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(given.repositories.cercles().findByCode("02-03")).isEmpty();
    }

    @Test
    void registering_a_commune_keeps_the_other_spellings_of_its_name() {
        // when
        Commune commune = accepted(process.registerCommune(new RegisterCommune("02040105", "Sirakorola",
                List.of("Sirakorala"), new Assignment(given.segouCercle, given.segou, Effective.ALWAYS),
                new Population(22_000, 2009), null)));

        // then
        assertThat(given.repositories.communes().findByName("Sirakorala")).extracting(Commune::id)
                .containsExactly(commune.id());
    }

    @Test
    void registering_a_commune_without_an_assignment_is_a_structural_mistake() {
        assertThatThrownBy(() -> process.registerCommune(new RegisterCommune("02040106", "Doumba", List.of(), null,
                null, null))).isInstanceOf(InvariantViolationException.class);
    }

    @Test
    void reassigning_a_commune_keeps_its_former_assignment_in_its_history() {
        // given
        RegionId markalaRegion = accepted(process.registerRegion(new RegisterRegion("14", "Markala (new)",
                Effective.since(REFORM)))).id();
        CercleId markala = accepted(process.registerCercle(new RegisterCercle("14-01", "Markala", markalaRegion,
                Effective.since(REFORM)))).id();

        // when
        Outcome<Commune> outcome = process.reassignCommune(new ReassignCommune(given.dioro, markala, markalaRegion,
                REFORM));

        // then
        Commune dioro = accepted(outcome);
        assertThat(dioro.version()).isEqualTo(2);
        assertThat(dioro.assignments()).hasSize(2);
        assertThat(dioro.assignmentOn(REFORM.minusDays(1))).hasValueSatisfying(
                a -> assertThat(a.cercle()).isEqualTo(given.segouCercle));
        assertThat(dioro.assignmentOn(REFORM)).hasValueSatisfying(a -> assertThat(a.cercle()).isEqualTo(markala));
        assertThat(outcome.events()).singleElement().isInstanceOf(TerritoryEvent.CommuneReassigned.class);
    }

    @Test
    void reassigning_a_commune_to_an_unknown_cercle_fails_with_not_found() {
        assertThatThrownBy(() -> process.reassignCommune(new ReassignCommune(given.dioro, CercleId.newId(),
                given.segou, REFORM))).isInstanceOf(AggregateNotFoundException.class);
        assertThat(given.repositories.communes().get(given.dioro).version()).isEqualTo(1);
    }

    @Test
    void registering_an_organisation_with_its_count_and_registration_records_all_three() {
        // given
        LocalDate on = LocalDate.of(2008, 1, 3);

        // when
        Outcome<Organisation> outcome = process.registerOrganisation(new RegisterOrganisation(
                "Association des usagers de l'eau du PIV de Dioro", "AUE", OrganisationKind.ASSOCIATION, given.dioro,
                Set.of(IRRIGATION), new MemberCount(96, 18, 30, on),
                new LegalRegistration("0042/CDO", on, "Préfecture de Ségou"), on));

        // then
        Organisation saved = accepted(outcome);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.isFormalised()).isTrue();
        assertThat(saved.members()).hasValueSatisfying(m -> assertThat(m.members()).isEqualTo(96));
        assertThat(outcome.events()).extracting(Object::getClass).containsExactly(
                OrganisationEvent.Registered.class, OrganisationEvent.MembersCounted.class,
                OrganisationEvent.Formalised.class);
    }

    @Test
    void registering_an_organisation_of_an_unknown_commune_fails_with_not_found() {
        assertThatThrownBy(() -> process.registerOrganisation(new RegisterOrganisation("Coopérative", null,
                OrganisationKind.COOPERATIVE, org.kafo.model.territory.CommuneId.newId(), Set.of(), null, null,
                LocalDate.of(2008, 1, 3)))).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void counting_members_replaces_the_older_count() {
        // given
        MemberCount count = new MemberCount(112, 40, 35, LocalDate.of(2009, 1, 15));

        // when
        Outcome<Organisation> outcome = process.countMembers(new CountMembers(given.irrigators, count));

        // then
        assertThat(accepted(outcome).members()).contains(count);
        assertThat(given.repositories.organisations().get(given.irrigators).version()).isEqualTo(2);
        assertThat(outcome.events()).singleElement().isInstanceOf(OrganisationEvent.MembersCounted.class);
    }

    @Test
    void formalising_an_organisation_gives_it_legal_existence() {
        // given
        LegalRegistration registration = new LegalRegistration("0107/CDO", LocalDate.of(2008, 9, 2),
                "Préfecture de Ségou");

        // when
        Outcome<Organisation> outcome = process.formalise(new FormaliseOrganisation(given.gardeners, registration));

        // then
        assertThat(accepted(outcome).registration()).contains(registration);
        assertThat(given.repositories.organisations().get(given.gardeners).isFormalised()).isTrue();
        assertThat(outcome.events()).singleElement().isInstanceOf(OrganisationEvent.Formalised.class);
    }
}
