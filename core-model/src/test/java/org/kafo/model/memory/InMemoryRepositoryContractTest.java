package org.kafo.model.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kafo.model.Fixtures.ESTABLISHED_ON;
import static org.kafo.model.Fixtures.MARKET_GARDENING;
import static org.kafo.model.Fixtures.aFirstPlan;
import static org.kafo.model.Fixtures.aMotorPumpNeed;
import static org.kafo.model.Fixtures.aPlannedFirstMeeting;
import static org.kafo.model.Fixtures.aProposedFramework;
import static org.kafo.model.Fixtures.anInstalledCommittee;
import static org.kafo.model.Fixtures.dioro;
import static org.kafo.model.Fixtures.segouCercle;
import static org.kafo.model.Fixtures.segouRegion;
import static org.kafo.model.Fixtures.theDeliberation;
import static org.kafo.model.Fixtures.theFirstAgenda;
import static org.kafo.model.Fixtures.theFirstConvocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.Identifier;
import org.kafo.model.common.Repository;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.MemberCount;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Population;
import org.kafo.model.territory.Region;
import org.kafo.model.territory.RegionId;

/** What every in-memory repository promises: copies at the next version, optimistic locking, no sharing. */
class InMemoryRepositoryContractTest {

    private static final LocalDate ON = LocalDate.of(2030, 1, 1);

    /**
     * One repository with a way to make a new aggregate, a command that changes it, and its stored state.
     */
    record Case<A extends AggregateRoot<I>, I extends Identifier>(String name, Repository<A, I> repository,
            Supplier<A> newAggregate, Consumer<A> change, Function<A, Object> state) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case<?, ?>> everyRepository() {
        return Stream.of(
                new Case<>("regions", new InMemoryRegionRepository(), () -> segouRegion(),
                        region -> region.retire(ON), Region::snapshot),
                new Case<>("cercles", new InMemoryCercleRepository(), () -> segouCercle(RegionId.newId()),
                        cercle -> cercle.retire(ON), Cercle::snapshot),
                new Case<>("communes", new InMemoryCommuneRepository(), () -> dioro(CercleId.newId(), RegionId.newId()),
                        commune -> commune.recordCensus(new Population(43_000, 2009), ON), Commune::snapshot),
                new Case<>("organisations", new InMemoryOrganisationRepository(),
                        () -> Organisation.register("Groupement des femmes maraîchères", null, OrganisationKind.GROUP,
                                null, Set.of(MARKET_GARDENING), LocalDate.of(2005, 11, 12)),
                        group -> group.countMembers(new MemberCount(74, 74, 22, ON)), Organisation::snapshot),
                new Case<>("frameworks", new InMemoryFrameworkRepository(), () -> aProposedFramework(),
                        framework -> framework.establish(theDeliberation(), ESTABLISHED_ON),
                        ConsultationFramework::snapshot),
                new Case<>("needs", new InMemoryNeedRepository(),
                        () -> aMotorPumpNeed(FrameworkId.newId()),
                        need -> need.addressWith(ActionId.newId(), ON), Need::snapshot),
                new Case<>("meetings", new InMemoryMeetingRepository(),
                        () -> aPlannedFirstMeeting(FrameworkId.newId()),
                        meeting -> meeting.convene(theFirstConvocation(), theFirstAgenda()), Meeting::snapshot),
                new Case<>("plans", new InMemoryActionPlanRepository(), () -> aFirstPlan(),
                        plan -> plan.changeActionStatus(plan.actions().get(0).id(), ActionStatus.IN_PROGRESS, null, ON),
                        ActionPlan::snapshot),
                new Case<>("committees", new InMemoryCommitteeRepository(), () -> anInstalledCommittee(),
                        committee -> committee.fileReport(committee.currentMandate().plan(), "On schedule", ON),
                        MonitoringCommittee::snapshot));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRepository")
    void saving_returns_a_copy_at_the_next_version_and_leaves_the_argument_as_it_was(Case<?, ?> repository) {
        savingReturnsACopy(repository);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void savingReturnsACopy(Case<A, I> c) {
        // given
        A created = c.newAggregate().get();

        // when
        A saved = c.repository().save(created);
        A savedAgain = c.repository().save(saved);

        // then
        assertThat(saved).isNotSameAs(created);
        assertThat(saved.id()).isEqualTo(created.id());
        assertThat(saved.version()).isEqualTo(1);
        assertThat(created.version()).isZero();
        assertThat(c.state().apply(saved)).isEqualTo(c.state().apply(created));
        assertThat(saved.recordedEvents()).isEmpty();
        assertThat(created.recordedEvents()).isNotEmpty();
        assertThat(savedAgain.version()).isEqualTo(2);
        assertThat(c.repository().get(created.id()).version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRepository")
    void what_is_loaded_is_what_was_saved(Case<?, ?> repository) {
        loadedIsSaved(repository);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void loadedIsSaved(Case<A, I> c) {
        // given
        A created = c.newAggregate().get();
        c.change().accept(created);

        // when
        c.repository().save(created);
        A loaded = c.repository().get(created.id());

        // then
        assertThat(c.state().apply(loaded)).isEqualTo(c.state().apply(created));
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.recordedEvents()).isEmpty();
        assertThat(c.repository().find(created.id())).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRepository")
    void a_save_from_a_stale_copy_is_refused_and_stores_nothing(Case<?, ?> repository) {
        staleSaveIsRefused(repository);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void staleSaveIsRefused(Case<A, I> c) {
        // given: two editors load the same aggregate
        I id = c.repository().save(c.newAggregate().get()).id();
        A first = c.repository().get(id);
        A second = c.repository().get(id);
        c.change().accept(first);
        c.change().accept(second);
        A savedByFirst = c.repository().save(first);

        // when: the second saves what it changed
        StaleAggregateException refused = catchThrowableOfType(StaleAggregateException.class,
                () -> c.repository().save(second));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("aggregate.stale");
        assertThat(refused.id()).isEqualTo(id);
        assertThat(refused.expectedVersion()).isEqualTo(1);
        assertThat(refused.currentVersion()).isEqualTo(2);
        assertThat(refused.aggregateType()).isNotBlank();
        A stored = c.repository().get(id);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(c.state().apply(stored)).isEqualTo(c.state().apply(savedByFirst));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRepository")
    void saving_a_new_aggregate_twice_from_the_same_copy_is_refused(Case<?, ?> repository) {
        newAggregateSavedTwice(repository);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void newAggregateSavedTwice(Case<A, I> c) {
        // given
        A created = c.newAggregate().get();
        c.repository().save(created);
        c.change().accept(created);

        // when
        StaleAggregateException refused = catchThrowableOfType(StaleAggregateException.class,
                () -> c.repository().save(created));

        // then
        assertThat(refused).isNotNull();
        assertThat(refused.expectedVersion()).isZero();
        assertThat(refused.currentVersion()).isEqualTo(1);
        assertThat(c.repository().get(created.id()).version()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRepository")
    void an_unknown_id_is_not_found(Case<?, ?> repository) {
        unknownIdIsNotFound(repository);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void unknownIdIsNotFound(Case<A, I> c) {
        // given
        I neverSaved = c.newAggregate().get().id();
        c.repository().save(c.newAggregate().get());

        // when
        AggregateNotFoundException missing = catchThrowableOfType(AggregateNotFoundException.class,
                () -> c.repository().get(neverSaved));

        // then
        assertThat(missing).isNotNull();
        assertThat(missing.code()).isEqualTo("aggregate.not-found");
        assertThat(missing.id()).isEqualTo(neverSaved);
        assertThat(missing.aggregateType()).isNotBlank();
        assertThat(c.repository().find(neverSaved)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRepository")
    void changing_an_aggregate_after_saving_it_does_not_change_what_is_stored(Case<?, ?> repository) {
        changesAfterSaveAreNotStored(repository);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void changesAfterSaveAreNotStored(Case<A, I> c) {
        // given
        A created = c.newAggregate().get();
        A saved = c.repository().save(created);
        Object asSaved = c.state().apply(saved);

        // when
        c.change().accept(created);
        c.change().accept(saved);
        c.change().accept(c.repository().get(created.id()));

        // then
        A stored = c.repository().get(created.id());
        assertThat(c.state().apply(stored)).isEqualTo(asSaved).isNotEqualTo(c.state().apply(saved));
        assertThat(stored.version()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRepository")
    void of_many_editors_saving_at_once_exactly_one_wins(Case<?, ?> repository) throws Exception {
        exactlyOneConcurrentEditorWins(repository);
    }

    private static <A extends AggregateRoot<I>, I extends Identifier> void exactlyOneConcurrentEditorWins(
            Case<A, I> c) throws Exception {
        // given
        I id = c.repository().save(c.newAggregate().get()).id();
        List<Callable<Boolean>> editors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            A copy = c.repository().get(id);
            c.change().accept(copy);
            editors.add(() -> {
                try {
                    c.repository().save(copy);
                    return true;
                } catch (StaleAggregateException refused) {
                    return false;
                }
            });
        }

        // when
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Boolean> outcomes = new ArrayList<>();
        try {
            for (Future<Boolean> outcome : pool.invokeAll(editors)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // then
        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(c.repository().get(id).version()).isEqualTo(2);
    }
}
