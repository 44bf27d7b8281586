package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.persistence.jpa.Fixtures.DAY;
import static org.kafo.persistence.jpa.Fixtures.IRRIGATION;
import static org.kafo.persistence.jpa.Fixtures.committee;
import static org.kafo.persistence.jpa.Fixtures.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeId;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Money;
import org.kafo.model.common.Repository;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;

/** The JPA repositories answer as the in-memory reference does: same exceptions, same finders, same order. */
class RepositoryContractTest {

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void an_unknown_id_is_not_found_as_in_memory(Databases.Database db) {
        Repositories memory = new InMemoryRepositories();
        assertNotFoundAlike(db.repositories().regions(), memory.regions(), RegionId.newId());
        assertNotFoundAlike(db.repositories().cercles(), memory.cercles(), CercleId.newId());
        assertNotFoundAlike(db.repositories().communes(), memory.communes(), CommuneId.newId());
        assertNotFoundAlike(db.repositories().organisations(), memory.organisations(), OrganisationId.newId());
        assertNotFoundAlike(db.repositories().frameworks(), memory.frameworks(), FrameworkId.newId());
        assertNotFoundAlike(db.repositories().needs(), memory.needs(), NeedId.newId());
        assertNotFoundAlike(db.repositories().meetings(), memory.meetings(), MeetingId.newId());
        assertNotFoundAlike(db.repositories().plans(), memory.plans(), PlanId.newId());
        assertNotFoundAlike(db.repositories().committees(), memory.committees(), CommitteeId.newId());
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void assertNotFoundAlike(Repository<A, I> stored,
            Repository<A, I> memory, I id) {
        assertThat(stored.find(id)).isEmpty();
        String expectedType = catchNotFound(() -> memory.get(id)).aggregateType();
        assertThat(catchNotFound(() -> stored.get(id))).satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo(expectedType);
            assertThat(e.id()).isEqualTo(id);
        });
    }

    private static AggregateNotFoundException catchNotFound(Runnable get) {
        try {
            get.run();
        } catch (AggregateNotFoundException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void the_territory_is_found_by_code_name_and_alias_in_the_in_memory_order(Databases.Database db) {
        // given the same regions, cercles and communes in the database and in memory
        db.deleteEverything();
        Repositories stored = db.repositories();
        Repositories memory = new InMemoryRepositories();
        Region segou = Region.register("04", "Ségou", Effective.ALWAYS);
        Region koulikoro = Region.register("02", "Koulikoro", Effective.since(LocalDate.of(1977, 1, 1)));
        Region bougouni = Region.register("12", "Bougouni", Effective.since(LocalDate.of(2024, 9, 24)));
        Cercle macina = Cercle.register("0404", "Macina", segou.id(), Effective.ALWAYS);
        Cercle kati = Cercle.register("0203", "Kati", koulikoro.id(), Effective.ALWAYS);
        Commune dioro = Commune.register("04060101", "Dioro", new Assignment(macina.id(), segou.id(), Effective.ALWAYS),
                null, null);
        Commune sirakorola = Commune.register("02050201", "Sirakorola",
                new Assignment(kati.id(), koulikoro.id(), Effective.ALWAYS), null, null);
        sirakorola.addAlias("Sirakorala");
        Commune sirakorolaBis = Commune.register("02050299", "SIRAKORALA",
                new Assignment(kati.id(), koulikoro.id(), Effective.ALWAYS), null, null);
        Commune ouelessebougou = Commune.register("02030301", "Ouélessébougou",
                new Assignment(kati.id(), koulikoro.id(), Effective.ALWAYS), null, null);
        for (Repositories repositories : List.of(stored, memory)) {
            List.of(segou, koulikoro, bougouni).forEach(repositories.regions()::save);
            List.of(macina, kati).forEach(repositories.cercles()::save);
            List.of(dioro, sirakorola, sirakorolaBis, ouelessebougou).forEach(repositories.communes()::save);
        }

        // when they are looked up, then both give the same aggregates in the same order
        assertSame(stored, memory, r -> r.regions().findAll(), Region::snapshot);
        assertSame(stored, memory, r -> r.regions().findByCode("04").stream().toList(), Region::snapshot);
        assertSame(stored, memory, r -> r.regions().findByCode("99").stream().toList(), Region::snapshot);
        assertSame(stored, memory, r -> r.cercles().findAll(), Cercle::snapshot);
        assertSame(stored, memory, r -> r.cercles().findByCode("0203").stream().toList(), Cercle::snapshot);
        assertSame(stored, memory, r -> r.communes().findAll(), Commune::snapshot);
        assertSame(stored, memory, r -> r.communes().findByCode("04060101").stream().toList(), Commune::snapshot);
        assertSame(stored, memory, r -> r.communes().findByName("sirakorala"), Commune::snapshot);
        assertSame(stored, memory, r -> r.communes().findByName("OUÉLESSÉBOUGOU"), Commune::snapshot);
        assertSame(stored, memory, r -> r.communes().findByName("Ouelessebougou"), Commune::snapshot);
        assertThat(stored.communes().findByName("sirakorala")).extracting(Commune::code)
                .containsExactly("02050201", "02050299");
        assertThat(stored.communes().findByName("ouélessébougou")).extracting(Commune::code).containsExactly("02030301");
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void organisations_frameworks_and_needs_are_found_in_the_in_memory_order(Databases.Database db) {
        // given the same parties, frameworks and needs in the database and in memory
        db.deleteEverything();
        Repositories stored = db.repositories();
        Repositories memory = new InMemoryRepositories();
        CommuneId dioro = CommuneId.newId();
        List<Organisation> organisations = List.of(
                organisation("Union des producteurs de riz", dioro), organisation("AUE de Dioro", dioro),
                organisation("Éleveurs du Kala", dioro), organisation("association des maraîchères", dioro),
                organisation("Zanfarala", dioro), organisation("AUE de Dioro", CommuneId.newId()),
                Organisation.register("Programme d'appui", null, OrganisationKind.SUPPORT_PROGRAMME, null, Set.of(), DAY),
                Organisation.register("ONG Jèkasy", null, OrganisationKind.NGO, null, Set.of(), DAY));
        List<ConsultationFramework> frameworks = List.of(framework(dioro, DAY.plusDays(3)), framework(dioro, DAY),
                framework(dioro, DAY), framework(dioro, DAY), framework(CommuneId.newId(), DAY.minusDays(1)));
        FrameworkId framework = frameworks.get(1).id();
        List<Need> needs = List.of(need(framework, "Un magasin de stockage", DAY.plusDays(1)),
                need(framework, "Clôture du périmètre", DAY.plusDays(1)), need(framework, "Motopompe", DAY),
                need(framework, "clôture du périmètre", DAY.plusDays(1)), need(FrameworkId.newId(), "Forage", DAY));
        for (Repositories repositories : List.of(stored, memory)) {
            organisations.forEach(repositories.organisations()::save);
            frameworks.forEach(repositories.frameworks()::save);
            needs.forEach(repositories.needs()::save);
        }

        // when they are looked up, then both give the same aggregates in the same order
        assertSame(stored, memory, r -> r.organisations().findByCommune(dioro), Organisation::snapshot);
        Set<OrganisationId> some = Set.of(organisations.get(0).id(), organisations.get(2).id(),
                organisations.get(5).id(), OrganisationId.newId());
        assertSame(stored, memory, r -> r.organisations().findAll(some), Organisation::snapshot);
        assertSame(stored, memory, r -> r.organisations().findAll(Set.of()), Organisation::snapshot);
        assertSame(stored, memory, r -> r.organisations().findOutsideCommunes(), Organisation::snapshot);
        assertThat(stored.organisations().findOutsideCommunes()).extracting(Organisation::name)
                .containsExactly("ONG Jèkasy", "Programme d'appui");
        assertSame(stored, memory, r -> r.frameworks().findByCommune(dioro), ConsultationFramework::snapshot);
        assertSame(stored, memory, r -> r.frameworks().findAll(), ConsultationFramework::snapshot);
        assertSame(stored, memory, r -> r.needs().findByFramework(framework), Need::snapshot);
        assertThat(stored.needs().findByFramework(framework)).extracting(Need::description).containsExactly(
                "Motopompe", "Clôture du périmètre", "Un magasin de stockage", "clôture du périmètre");
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void meetings_plans_and_the_committee_of_a_framework_are_found_in_the_in_memory_order(Databases.Database db) {
        // given the same meetings, plans and committee in the database and in memory, saved out of order
        Repositories stored = db.repositories();
        Repositories memory = new InMemoryRepositories();
        FrameworkId framework = FrameworkId.newId();
        List<Meeting> meetings = List.of(Meeting.plan(framework, 3, DAY.plusMonths(6), "Dioro"),
                Meeting.plan(framework, 1, DAY, "Dioro"), Meeting.plan(framework, 2, DAY.plusMonths(3), "Dioro"),
                Meeting.plan(FrameworkId.newId(), 1, DAY, "Kokry"));
        ActionPlan first = plan(framework, 1, null, meetings.get(1).id());
        ActionPlan second = plan(framework, 2, first.id(), meetings.get(2).id());
        ActionPlan third = plan(framework, 3, second.id(), meetings.get(0).id());
        MonitoringCommittee committee = committee(framework, meetings.get(1).id(), first.id());
        for (Repositories repositories : List.of(stored, memory)) {
            meetings.forEach(repositories.meetings()::save);
            List.of(second, third, first).forEach(repositories.plans()::save);
            repositories.committees().save(committee);
            repositories.committees().save(committee(FrameworkId.newId(), meetings.get(3).id(), first.id()));
        }

        // when they are looked up, then both give the same aggregates in the same order
        assertSame(stored, memory, r -> r.meetings().findByFramework(framework), Meeting::snapshot);
        assertThat(stored.meetings().findByFramework(framework)).extracting(Meeting::sequence).containsExactly(1, 2, 3);
        assertSame(stored, memory, r -> r.plans().findByFramework(framework), ActionPlan::snapshot);
        assertSame(stored, memory, r -> r.plans().findLatest(framework).stream().toList(), ActionPlan::snapshot);
        assertThat(stored.plans().findLatest(framework)).map(ActionPlan::id).contains(third.id());
        assertSame(stored, memory, r -> r.committees().findByFramework(framework).stream().toList(),
                MonitoringCommittee::snapshot);
        assertThat(stored.plans().findByFramework(FrameworkId.newId())).isEmpty();
        assertThat(stored.committees().findByFramework(FrameworkId.newId())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void the_plan_in_force_is_found_as_in_memory_without_the_reviewed_ones(Databases.Database db) {
        // given three cycles of a framework, the first two reviewed, saved in the database and in memory
        Repositories stored = db.repositories();
        Repositories memory = new InMemoryRepositories();
        FrameworkId framework = FrameworkId.newId();
        ActionPlan first = plan(framework, 1, null, MeetingId.newId());
        ActionPlan second = plan(framework, 2, first.id(), MeetingId.newId());
        ActionPlan third = plan(framework, 3, second.id(), MeetingId.newId());
        reviewed(first, second.adoptedAt(), second.adoptedOn());
        reviewed(second, third.adoptedAt(), third.adoptedOn());
        ActionPlan elsewhere = plan(FrameworkId.newId(), 1, null, MeetingId.newId());
        for (Repositories repositories : List.of(stored, memory)) {
            List.of(third, first, elsewhere, second).forEach(repositories.plans()::save);
        }

        // when the plan in force is looked up, then both give the third, as filtering every plan does
        assertSame(stored, memory, r -> r.plans().findInForce(framework), ActionPlan::snapshot);
        assertThat(stored.plans().findInForce(framework)).extracting(ActionPlan::id).containsExactly(third.id());
        assertThat(stored.plans().findInForce(framework)).extracting(ActionPlan::snapshot).isEqualTo(
                stored.plans().findByFramework(framework).stream().filter(ActionPlan::isInForce)
                        .map(ActionPlan::snapshot).toList());

        // and once the third is reviewed too, none is in force
        ActionPlan last = stored.plans().get(third.id());
        reviewed(last, MeetingId.newId(), last.period().end());
        stored.plans().save(last);
        assertThat(stored.plans().findInForce(framework)).isEmpty();
        assertThat(stored.plans().findInForce(FrameworkId.newId())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void the_saves_of_one_unit_of_work_are_stored_together_or_not_at_all(Databases.Database db) {
        // given two regions saved in one transaction that then fails
        Region kayes = Region.register("01", "Kayes", Effective.ALWAYS);
        Region sikasso = Region.register("03", "Sikasso", Effective.ALWAYS);
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            db.repositories().regions().save(kayes);
            db.repositories().regions().save(sikasso);
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class);

        // then neither is stored; in a transaction that succeeds, both are
        assertThat(db.repositories().regions().find(kayes.id())).isEmpty();
        assertThat(db.repositories().regions().find(sikasso.id())).isEmpty();
        db.transactions().inTransaction(() -> {
            db.repositories().regions().save(kayes);
            db.repositories().regions().save(sikasso);
        });
        assertThat(db.repositories().regions().get(kayes.id()).version()).isEqualTo(1);
        assertThat(db.repositories().regions().get(sikasso.id()).version()).isEqualTo(1);
    }

    private static <A> void assertSame(Repositories stored, Repositories memory, Function<Repositories, List<A>> finder,
            Function<A, Object> snapshot) {
        List<Object> expected = finder.apply(memory).stream().map(snapshot).toList();
        assertThat(finder.apply(stored).stream().map(snapshot).toList()).isEqualTo(expected);
    }

    private static Organisation organisation(String name, CommuneId commune) {
        return Organisation.register(name, null, OrganisationKind.COOPERATIVE, commune, Set.of(IRRIGATION), DAY);
    }

    private static ConsultationFramework framework(CommuneId commune, LocalDate proposedOn) {
        return ConsultationFramework.propose(commune, "Cadre", List.of(IRRIGATION), proposedOn);
    }

    private static Need need(FrameworkId framework, String description, LocalDate on) {
        return Need.identify(framework, OrganisationId.newId(), IRRIGATION, NeedKind.INVESTMENT, description,
                Money.xof(1_500_000), on);
    }

    private static void reviewed(ActionPlan plan, MeetingId meeting, LocalDate on) {
        plan.review(meeting, on, plan.actions().stream().map(a -> new ActionReview(a.id(), ReviewOutcome.DONE, null))
                .toList());
    }
}
