package org.kafo.model.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.DIORO;
import static org.kafo.model.Fixtures.FIRST_MEETING_ON;
import static org.kafo.model.Fixtures.MARKET_GARDENING;
import static org.kafo.model.Fixtures.NEEDS_IDENTIFIED_ON;
import static org.kafo.model.Fixtures.PRIORITY_SECTORS;
import static org.kafo.model.Fixtures.PROPOSED_ON;
import static org.kafo.model.Fixtures.SECOND_MEETING_ON;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.WOMEN_GARDENERS;
import static org.kafo.model.Fixtures.aFirstPlan;
import static org.kafo.model.Fixtures.aMarketFeeAction;
import static org.kafo.model.Fixtures.aMarketFeeNeed;
import static org.kafo.model.Fixtures.aMotorPumpNeed;
import static org.kafo.model.Fixtures.anInstalledCommittee;
import static org.kafo.model.Fixtures.communeOfSegouCercle;
import static org.kafo.model.Fixtures.segouCercle;
import static org.kafo.model.Fixtures.segouRegion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Period;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;

class InMemoryFindersTest {

    private final Repositories repositories = new InMemoryRepositories();

    @Test
    void the_repositories_are_one_store_each() {
        assertThat(repositories.regions()).isSameAs(repositories.regions()).isInstanceOf(InMemoryRegionRepository.class);
        assertThat(repositories.cercles()).isInstanceOf(InMemoryCercleRepository.class);
        assertThat(repositories.communes()).isInstanceOf(InMemoryCommuneRepository.class);
        assertThat(repositories.organisations()).isInstanceOf(InMemoryOrganisationRepository.class);
        assertThat(repositories.frameworks()).isInstanceOf(InMemoryFrameworkRepository.class);
        assertThat(repositories.needs()).isInstanceOf(InMemoryNeedRepository.class);
        assertThat(repositories.meetings()).isInstanceOf(InMemoryMeetingRepository.class);
        assertThat(repositories.plans()).isInstanceOf(InMemoryActionPlanRepository.class);
        assertThat(repositories.committees()).isInstanceOf(InMemoryCommitteeRepository.class);
        assertThat(new InMemoryRepositories().regions()).isNotSameAs(repositories.regions());
    }

    @Test
    void regions_and_cercles_are_found_by_code_and_listed_by_code() {
        // given
        Region segou = repositories.regions().save(segouRegion());
        Region koulikoro = repositories.regions().save(Region.register("02", "Koulikoro", Effective.ALWAYS));
        Cercle segouCercle = repositories.cercles().save(segouCercle(segou.id()));
        Cercle kati = repositories.cercles().save(Cercle.register("0203", "Kati", koulikoro.id(), Effective.ALWAYS));

        // then
        assertThat(repositories.regions().findByCode("02")).map(Region::id).contains(koulikoro.id());
        assertThat(repositories.regions().findByCode("99")).isEmpty();
        assertThat(repositories.regions().findAll()).extracting(Region::code).containsExactly("02", "04");
        assertThat(repositories.cercles().findByCode("0406")).map(Cercle::id).contains(segouCercle.id());
        assertThat(repositories.cercles().findAll()).extracting(Cercle::id).containsExactly(kati.id(),
                segouCercle.id());
    }

    @Test
    void communes_are_found_by_code_by_name_or_alias_and_listed_by_code() {
        // given
        RegionId region = RegionId.newId();
        Cercle cercle = segouCercle(region);
        Commune markala = communeOfSegouCercle("04060501", "Markala", cercle.id(), region);
        Commune dioro = communeOfSegouCercle("04060101", "Dioro", cercle.id(), region);
        Commune sirakorola = communeOfSegouCercle("02030801", "Sirakorola", cercle.id(), region);
        sirakorola.addAlias("Sirakorala");
        List.of(markala, dioro, sirakorola).forEach(repositories.communes()::save);

        // then
        assertThat(repositories.communes().findByCode("04060101")).map(Commune::name).contains("Dioro");
        assertThat(repositories.communes().findByName("DIORO")).extracting(Commune::id).containsExactly(dioro.id());
        assertThat(repositories.communes().findByName("sirakorala")).extracting(Commune::id)
                .containsExactly(sirakorola.id());
        assertThat(repositories.communes().findByName("Koula")).isEmpty();
        assertThat(repositories.communes().findAll()).extracting(Commune::code)
                .containsExactly("02030801", "04060101", "04060501");
    }

    @Test
    void organisations_are_found_by_commune_outside_communes_and_by_ids() {
        // given
        CommuneId elsewhere = CommuneId.newId();
        Organisation rice = organisation("Coopérative des riziculteurs de Dioro", OrganisationKind.COOPERATIVE, DIORO);
        Organisation gardeners = organisation("Groupement des femmes maraîchères de Dioro", OrganisationKind.GROUP,
                DIORO);
        Organisation municipality = organisation("Commune rurale de Dioro", OrganisationKind.MUNICIPALITY, DIORO);
        Organisation ofMarkala = organisation("Association des pêcheurs de Markala", OrganisationKind.ASSOCIATION,
                elsewhere);
        Organisation ruralEngineering = organisation("Service local du génie rural", OrganisationKind.TECHNICAL_SERVICE,
                null);
        List.of(rice, gardeners, municipality, ofMarkala, ruralEngineering).forEach(repositories.organisations()::save);

        // then
        assertThat(repositories.organisations().findByCommune(DIORO)).extracting(Organisation::name).containsExactly(
                "Commune rurale de Dioro", "Coopérative des riziculteurs de Dioro",
                "Groupement des femmes maraîchères de Dioro");
        assertThat(repositories.organisations().findAll(Set.of(rice.id(), ruralEngineering.id(),
                OrganisationId.newId()))).extracting(Organisation::id)
                .containsExactlyInAnyOrder(rice.id(), ruralEngineering.id());
        assertThat(repositories.organisations().findAll(Set.of())).isEmpty();
        assertThat(repositories.organisations().findOutsideCommunes()).extracting(Organisation::id)
                .containsExactly(ruralEngineering.id());
    }

    /** Reviews {@code first} at the second meeting, which adopts the plan of the next cycle: returned. */
    private static ActionPlan reviewedAndFollowed(ActionPlan first) {
        first.review(MeetingId.newId(), SECOND_MEETING_ON, first.actions().stream()
                .map(a -> new ActionReview(a.id(), ReviewOutcome.DONE, null)).toList());
        return ActionPlan.adopt(first.framework(), 2, first.id(), Period.ofMonths(SECOND_MEETING_ON, 3),
                MeetingId.newId(), SECOND_MEETING_ON, List.of(aMarketFeeAction()));
    }

    private static Organisation organisation(String name, OrganisationKind kind, CommuneId commune) {
        return Organisation.register(name, null, kind, commune, Set.of(SMALL_SCALE_IRRIGATION),
                LocalDate.of(2005, 1, 10));
    }

    @Test
    void frameworks_of_a_commune_are_listed_by_the_day_they_were_proposed() {
        // given
        ConsultationFramework later = ConsultationFramework.propose(DIORO, "Cadre de Dioro, pêche",
                List.of(SMALL_SCALE_IRRIGATION), PROPOSED_ON.plusYears(2));
        ConsultationFramework first = ConsultationFramework.propose(DIORO, "Cadre de Dioro", PRIORITY_SECTORS,
                PROPOSED_ON);
        ConsultationFramework ofMarkala = ConsultationFramework.propose(CommuneId.newId(), "Cadre de Markala",
                PRIORITY_SECTORS, PROPOSED_ON.minusYears(1));
        List.of(later, first, ofMarkala).forEach(repositories.frameworks()::save);

        // then
        assertThat(repositories.frameworks().findByCommune(DIORO)).extracting(ConsultationFramework::id)
                .containsExactly(first.id(), later.id());
        assertThat(repositories.frameworks().findByCommune(CommuneId.newId())).isEmpty();
    }

    @Test
    void every_framework_is_listed_by_the_day_it_was_proposed() {
        // given
        List<ConsultationFramework> frameworks = List.of(
                ConsultationFramework.propose(DIORO, "Cadre de Dioro", PRIORITY_SECTORS, PROPOSED_ON),
                ConsultationFramework.propose(CommuneId.newId(), "Cadre de Markala", PRIORITY_SECTORS,
                        PROPOSED_ON.minusYears(1)),
                ConsultationFramework.propose(CommuneId.newId(), "Cadre de Kokry", PRIORITY_SECTORS,
                        PROPOSED_ON.plusYears(1)));
        frameworks.forEach(repositories.frameworks()::save);

        // then
        assertThat(repositories.frameworks().findAll()).extracting(ConsultationFramework::name)
                .containsExactly("Cadre de Markala", "Cadre de Dioro", "Cadre de Kokry");
    }

    @Test
    void the_needs_of_a_framework_are_listed_oldest_first() {
        // given
        FrameworkId framework = FrameworkId.newId();
        Need training = Need.identify(framework, WOMEN_GARDENERS, MARKET_GARDENING, NeedKind.CAPACITY_BUILDING,
                "Training in nursery techniques", null, NEEDS_IDENTIFIED_ON.plusDays(10));
        Need pump = aMotorPumpNeed(framework);
        Need marketFee = aMarketFeeNeed(framework);
        Need ofAnotherFramework = aMotorPumpNeed(FrameworkId.newId());
        List.of(training, pump, marketFee, ofAnotherFramework).forEach(repositories.needs()::save);

        // then: same day, by description
        assertThat(repositories.needs().findByFramework(framework)).extracting(Need::id)
                .containsExactly(marketFee.id(), pump.id(), training.id());
    }

    @Test
    void the_meetings_of_a_framework_are_listed_by_sequence() {
        // given
        FrameworkId framework = FrameworkId.newId();
        Meeting second = Meeting.plan(framework, 2, SECOND_MEETING_ON, "Mairie de Dioro");
        Meeting first = Meeting.plan(framework, 1, FIRST_MEETING_ON, "Mairie de Dioro");
        Meeting elsewhere = Meeting.plan(FrameworkId.newId(), 1, FIRST_MEETING_ON, "Mairie de Markala");
        List.of(second, elsewhere, first).forEach(repositories.meetings()::save);

        // then
        assertThat(repositories.meetings().findByFramework(framework)).extracting(Meeting::sequence)
                .containsExactly(1, 2);
    }

    @Test
    void the_plans_of_a_framework_are_listed_by_cycle_and_the_latest_is_the_last() {
        // given
        ActionPlan first = aFirstPlan();
        FrameworkId framework = first.framework();
        ActionPlan second = reviewedAndFollowed(first);
        repositories.plans().save(second);
        repositories.plans().save(first);
        repositories.plans().save(aFirstPlan());

        // then
        assertThat(repositories.plans().findByFramework(framework)).extracting(ActionPlan::cycle)
                .containsExactly(1, 2);
        assertThat(repositories.plans().findLatest(framework)).map(ActionPlan::id).contains(second.id());
        assertThat(repositories.plans().findLatest(FrameworkId.newId())).isEmpty();
    }

    @Test
    void the_plan_in_force_is_the_one_not_yet_reviewed() {
        // given a first plan reviewed at the meeting that adopted the second, and another framework's plan
        ActionPlan first = aFirstPlan();
        FrameworkId framework = first.framework();
        ActionPlan second = reviewedAndFollowed(first);
        ActionPlan elsewhere = aFirstPlan();
        List.of(second, first, elsewhere).forEach(repositories.plans()::save);

        // then only the second is in force, as the filter on every plan says
        assertThat(repositories.plans().findInForce(framework)).extracting(ActionPlan::id).containsExactly(second.id());
        assertThat(repositories.plans().findInForce(framework)).extracting(ActionPlan::id)
                .isEqualTo(repositories.plans().findByFramework(framework).stream().filter(ActionPlan::isInForce)
                        .map(ActionPlan::id).toList());
        assertThat(repositories.plans().findInForce(elsewhere.framework())).extracting(ActionPlan::id)
                .containsExactly(elsewhere.id());
        assertThat(repositories.plans().findInForce(FrameworkId.newId())).isEmpty();
    }

    @Test
    void the_committee_of_a_framework_is_found_by_its_framework() {
        // given
        MonitoringCommittee committee = anInstalledCommittee();
        repositories.committees().save(committee);
        repositories.committees().save(anInstalledCommittee());

        // then
        assertThat(repositories.committees().findByFramework(committee.framework()))
                .map(MonitoringCommittee::id).contains(committee.id());
        assertThat(repositories.committees().findByFramework(FrameworkId.newId())).isEmpty();
    }

    @Test
    void finders_return_copies_that_do_not_change_the_store() {
        // given
        FrameworkId framework = FrameworkId.newId();
        repositories.needs().save(aMotorPumpNeed(framework));

        // when
        Need found = repositories.needs().findByFramework(framework).get(0);
        found.withdraw("Funded by another programme", SECOND_MEETING_ON);

        // then
        assertThat(repositories.needs().findByFramework(framework))
                .extracting(Need::status).containsExactly(NeedStatus.OPEN);
        assertThat(repositories.needs().findByFramework(framework).stream().max(Comparator.comparing(Need::version)))
                .map(Need::version).contains(1L);
    }
}
