package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.quicktheories.core.Gen;

/**
 * Every aggregate, with its children and history, comes back from the database as it was saved:
 * after it is created and after each command of a generated scenario, on every database, and
 * exactly as the in-memory repositories give it back (state and version).
 */
class RoundTripTest {

    /** Scenarios tried per aggregate and database. */
    private static final int EXAMPLES = 100;

    /** Attempts to find a shorter or simpler scenario that still fails, each one a round trip. */
    private static final int SHRINK_CYCLES = 500;

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_region_comes_back_as_it_was_saved(Databases.Database db) {
        roundTrip(db, Aggregates.regions(), Repositories::regions, Region::snapshot);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_cercle_comes_back_as_it_was_saved(Databases.Database db) {
        roundTrip(db, Aggregates.cercles(), Repositories::cercles, Cercle::snapshot);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_commune_comes_back_with_its_aliases_and_assignments(Databases.Database db) {
        roundTrip(db, Aggregates.communes(), Repositories::communes, Commune::snapshot);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void an_organisation_comes_back_with_its_sectors_count_and_registration(Databases.Database db) {
        roundTrip(db, Aggregates.organisations(), Repositories::organisations, Organisation::snapshot);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_framework_comes_back_with_its_memberships_and_status_history(Databases.Database db) {
        roundTrip(db, Aggregates.frameworks(), Repositories::frameworks, ConsultationFramework::snapshot);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_need_comes_back_with_the_actions_that_address_it(Databases.Database db) {
        roundTrip(db, Aggregates.needs(), Repositories::needs, Need::snapshot);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_meeting_comes_back_with_its_agenda_attendance_minutes_and_approvals(Databases.Database db) {
        roundTrip(db, Aggregates.meetings(), Repositories::meetings, Meeting::snapshot);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_plan_comes_back_with_its_actions_cost_shares_notes_and_review(Databases.Database db) {
        roundTrip(db, Aggregates.plans(), Repositories::plans, ActionPlan::snapshot);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_committee_comes_back_with_its_members_mandate_revisions_reports_and_obstacles(Databases.Database db) {
        roundTrip(db, Aggregates.committees(), Repositories::committees, MonitoringCommittee::snapshot);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void roundTrip(Databases.Database db,
            Gen<Scenario<A>> scenarios, Function<Repositories, ? extends Repository<A, I>> repository,
            Function<A, Object> snapshot) {
        qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES).forAll(scenarios).checkAssert(scenario -> {
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
        });
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
}
