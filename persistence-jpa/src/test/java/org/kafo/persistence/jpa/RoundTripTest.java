package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Repository;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;

/**
 * Every aggregate, with its children and history, comes back from the database as it was saved:
 * after it is created and after each command of a generated scenario, on every database, and
 * exactly as the in-memory repositories give it back (state and version).
 */
class RoundTripTest {

    private static final int TRIES = 25;

    @Property(tries = TRIES)
    void a_region_comes_back_as_it_was_saved(@ForAll("regions") Scenario<Region> scenario) {
        roundTrip(scenario, Repositories::regions, Region::snapshot);
    }

    @Property(tries = TRIES)
    void a_cercle_comes_back_as_it_was_saved(@ForAll("cercles") Scenario<Cercle> scenario) {
        roundTrip(scenario, Repositories::cercles, Cercle::snapshot);
    }

    @Property(tries = TRIES)
    void a_commune_comes_back_with_its_aliases_and_assignments(@ForAll("communes") Scenario<Commune> scenario) {
        roundTrip(scenario, Repositories::communes, Commune::snapshot);
    }

    @Property(tries = TRIES)
    void an_organisation_comes_back_with_its_sectors_count_and_registration(
            @ForAll("organisations") Scenario<Organisation> scenario) {
        roundTrip(scenario, Repositories::organisations, Organisation::snapshot);
    }

    @Property(tries = TRIES)
    void a_framework_comes_back_with_its_memberships_and_status_history(
            @ForAll("frameworks") Scenario<ConsultationFramework> scenario) {
        roundTrip(scenario, Repositories::frameworks, ConsultationFramework::snapshot);
    }

    @Property(tries = TRIES)
    void a_need_comes_back_with_the_actions_that_address_it(@ForAll("needs") Scenario<Need> scenario) {
        roundTrip(scenario, Repositories::needs, Need::snapshot);
    }

    @Property(tries = TRIES)
    void a_meeting_comes_back_with_its_agenda_attendance_minutes_and_approvals(
            @ForAll("meetings") Scenario<Meeting> scenario) {
        roundTrip(scenario, Repositories::meetings, Meeting::snapshot);
    }

    @Property(tries = TRIES)
    void a_plan_comes_back_with_its_actions_cost_shares_notes_and_review(
            @ForAll("plans") Scenario<ActionPlan> scenario) {
        roundTrip(scenario, Repositories::plans, ActionPlan::snapshot);
    }

    @Property(tries = TRIES)
    void a_committee_comes_back_with_its_members_mandate_revisions_reports_and_obstacles(
            @ForAll("committees") Scenario<MonitoringCommittee> scenario) {
        roundTrip(scenario, Repositories::committees, MonitoringCommittee::snapshot);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void roundTrip(Scenario<A> scenario,
            Function<Repositories, ? extends Repository<A, I>> repository, Function<A, Object> snapshot) {
        for (Databases.Database db : Databases.all()) {
            Repository<A, I> stored = repository.apply(db.repositories());
            Repository<A, I> inMemory = repository.apply(new InMemoryRepositories());
            // given an aggregate as its creating command left it
            A aggregate = scenario.create().get();
            saveAndReload(db, stored, inMemory, aggregate, snapshot);
            for (Consumer<A> step : scenario.steps()) {
                // when a command changes the copy loaded from the database
                A loaded = stored.get(aggregate.id());
                step.accept(loaded);
                saveAndReload(db, stored, inMemory, loaded, snapshot);
            }
        }
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void saveAndReload(Databases.Database db,
            Repository<A, I> stored, Repository<A, I> inMemory, A aggregate, Function<A, Object> snapshot) {
        Object expected = snapshot.apply(aggregate);
        A saved = stored.save(aggregate);
        A savedInMemory = inMemory.save(aggregate);
        // then it is saved at the next version, as in memory
        assertThat(saved.version()).as("version on %s", db).isEqualTo(aggregate.version() + 1)
                .isEqualTo(savedInMemory.version());
        // and a new persistence context loads it back equal, as the in-memory store gives it
        A reloaded = stored.get(aggregate.id());
        assertThat(snapshot.apply(reloaded)).as("state on %s", db).isEqualTo(expected)
                .isEqualTo(snapshot.apply(inMemory.get(aggregate.id())));
        assertThat(reloaded.version()).as("version on %s", db).isEqualTo(saved.version());
    }

    @Provide
    Arbitrary<Scenario<Region>> regions() {
        return Aggregates.regions();
    }

    @Provide
    Arbitrary<Scenario<Cercle>> cercles() {
        return Aggregates.cercles();
    }

    @Provide
    Arbitrary<Scenario<Commune>> communes() {
        return Aggregates.communes();
    }

    @Provide
    Arbitrary<Scenario<Organisation>> organisations() {
        return Aggregates.organisations();
    }

    @Provide
    Arbitrary<Scenario<ConsultationFramework>> frameworks() {
        return Aggregates.frameworks();
    }

    @Provide
    Arbitrary<Scenario<Need>> needs() {
        return Aggregates.needs();
    }

    @Provide
    Arbitrary<Scenario<Meeting>> meetings() {
        return Aggregates.meetings();
    }

    @Provide
    Arbitrary<Scenario<ActionPlan>> plans() {
        return Aggregates.plans();
    }

    @Provide
    Arbitrary<Scenario<MonitoringCommittee>> committees() {
        return Aggregates.committees();
    }
}
