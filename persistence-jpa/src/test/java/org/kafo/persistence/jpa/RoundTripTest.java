package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

    /** Each aggregate, as the tests of its round trip name it. */
    private static final List<AggregateCase<?, ?>> AGGREGATES = List.of(
            new AggregateCase<>("a region comes back as it was saved",
                    Aggregates.regions(), Repositories::regions, Region::snapshot),
            new AggregateCase<>("a cercle comes back as it was saved",
                    Aggregates.cercles(), Repositories::cercles, Cercle::snapshot),
            new AggregateCase<>("a commune comes back with its aliases and assignments",
                    Aggregates.communes(), Repositories::communes, Commune::snapshot),
            new AggregateCase<>("an organisation comes back with its sectors, count and registration",
                    Aggregates.organisations(), Repositories::organisations, Organisation::snapshot),
            new AggregateCase<>("a framework comes back with its memberships, status history and deliberations",
                    Aggregates.frameworks(), Repositories::frameworks, ConsultationFramework::snapshot),
            new AggregateCase<>("a need comes back as corrected, with the actions that address it",
                    Aggregates.needs(), Repositories::needs, Need::snapshot),
            new AggregateCase<>("a meeting comes back with its agenda, attendance, minutes and approvals",
                    Aggregates.meetings(), Repositories::meetings, Meeting::snapshot),
            new AggregateCase<>("a plan comes back with its actions, cost shares, notes and review",
                    Aggregates.plans(), Repositories::plans, ActionPlan::snapshot),
            new AggregateCase<>("a committee comes back with its members, mandate revisions, reports and obstacles",
                    Aggregates.committees(), Repositories::committees, MonitoringCommittee::snapshot));

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("everyAggregateOnEveryDatabase")
    void every_aggregate_comes_back_as_it_was_saved(Databases.Database db, AggregateCase<?, ?> aggregate) {
        aggregate.roundTrip(db);
    }

    static Stream<Arguments> everyAggregateOnEveryDatabase() {
        return Databases.databases().flatMap(db -> AGGREGATES.stream().map(aggregate -> Arguments.of(db, aggregate)));
    }

    /**
     * One aggregate's round trip: its generated scenarios, its repository among all, and the state
     * compared.
     */
    record AggregateCase<A extends AggregateRoot<I>, I extends Identifier>(String description,
            Gen<Scenario<A>> scenarios, Function<Repositories, ? extends Repository<A, I>> repository,
            Function<A, Object> snapshot) {

        void roundTrip(Databases.Database db) {
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

        @Override
        public String toString() {
            return description;
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
}
