package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.common.Sector;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkRepository;
import org.kafo.model.territory.CommuneId;

/** No lost update: a save from a stale copy is refused with {@link StaleAggregateException}, on every database. */
class OptimisticLockingTest {

    private static final LocalDate PROPOSED_ON = LocalDate.of(2008, 3, 1);

    private static ConsultationFramework dioroFramework() {
        return ConsultationFramework.propose(CommuneId.newId(), "Cadre de concertation de Dioro",
                List.of(Sector.of("small-scale-irrigation"), Sector.of("market-gardening")), PROPOSED_ON);
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_save_from_a_copy_loaded_before_another_save_is_refused_and_stores_nothing(Databases.Database db) {
        // given two editors who loaded the same framework
        FrameworkRepository frameworks = db.repositories().frameworks();
        FrameworkId id = frameworks.save(dioroFramework()).id();
        ConsultationFramework first = frameworks.get(id);
        ConsultationFramework second = frameworks.get(id);

        // when the first saves a change, then the second saves another
        first.changePrioritySectors(List.of(Sector.of("rice")), PROPOSED_ON.plusDays(1));
        ConsultationFramework saved = frameworks.save(first);
        second.dissolve("the council chose another approach", PROPOSED_ON.plusDays(2));

        // then the second is refused, and the first one's change stays
        assertThatThrownBy(() -> frameworks.save(second)).isInstanceOfSatisfying(StaleAggregateException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo("framework");
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.currentVersion()).isEqualTo(2);
        });
        assertThat(frameworks.get(id).snapshot()).isEqualTo(saved.snapshot());
        assertThat(frameworks.get(id).version()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void two_editors_in_overlapping_transactions_cannot_both_win(Databases.Database db) throws Exception {
        // given a framework, and two editors on two threads, each in its own transaction
        FrameworkRepository frameworks = db.repositories().frameworks();
        FrameworkId id = frameworks.save(dioroFramework()).id();
        CountDownLatch bothLoaded = new CountDownLatch(2);
        CountDownLatch firstCommitted = new CountDownLatch(1);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            // when both load it, the first saves and commits, then the second saves
            Future<ConsultationFramework> firstEditor = editors.submit(() -> {
                ConsultationFramework saved = db.transactions().inTransaction(() -> {
                    ConsultationFramework mine = frameworks.get(id);
                    await(bothLoaded, mine);
                    mine.changePrioritySectors(List.of(Sector.of("rice")), PROPOSED_ON.plusDays(1));
                    return frameworks.save(mine);
                });
                firstCommitted.countDown();
                return saved;
            });
            Future<ConsultationFramework> secondEditor = editors.submit(() -> db.transactions().inTransaction(() -> {
                ConsultationFramework mine = frameworks.get(id);
                await(bothLoaded, mine);
                awaitQuietly(firstCommitted);
                mine.changePrioritySectors(List.of(Sector.of("fishing")), PROPOSED_ON.plusDays(1));
                return frameworks.save(mine);
            }));

            // then the second is refused by the database's version check, and the first change stays
            ConsultationFramework saved = firstEditor.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> secondEditor.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(StaleAggregateException.class);
            assertThat(frameworks.get(id).snapshot()).isEqualTo(saved.snapshot());
            assertThat(frameworks.get(id).prioritySectors()).containsExactly(Sector.of("rice"));
            assertThat(frameworks.get(id).version()).isEqualTo(2);
        } finally {
            editors.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void of_many_editors_saving_at_once_exactly_one_wins(Databases.Database db) throws Exception {
        // given a framework loaded by four editors at once
        FrameworkRepository frameworks = db.repositories().frameworks();
        FrameworkId id = frameworks.save(dioroFramework()).id();
        int editors = 4;
        CyclicBarrier allLoaded = new CyclicBarrier(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            // when each saves its own change at the same moment
            List<CompletableFuture<ConsultationFramework>> saves = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String sector = "sector-" + i;
                saves.add(CompletableFuture.supplyAsync(() -> db.transactions().inTransaction(() -> {
                    ConsultationFramework mine = frameworks.get(id);
                    awaitQuietly(allLoaded);
                    mine.changePrioritySectors(List.of(Sector.of(sector)), PROPOSED_ON.plusDays(1));
                    return frameworks.save(mine);
                }), pool));
            }

            // then one is saved, every other one is refused as stale, and the stored state is the winner's
            List<ConsultationFramework> winners = new ArrayList<>();
            for (CompletableFuture<ConsultationFramework> save : saves) {
                try {
                    winners.add(save.get(30, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StaleAggregateException.class);
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(frameworks.get(id).snapshot()).isEqualTo(winners.get(0).snapshot());
            assertThat(frameworks.get(id).version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void saving_a_new_aggregate_whose_id_is_taken_is_refused(Databases.Database db) {
        // given a framework saved once, then changed and saved again
        FrameworkRepository frameworks = db.repositories().frameworks();
        ConsultationFramework created = dioroFramework();
        ConsultationFramework saved = frameworks.save(created);

        // when the creating copy, still at version 0, is saved again
        created.dissolve("a duplicate", PROPOSED_ON.plusDays(1));

        // then it is refused as the in-memory store refuses it
        assertThatThrownBy(() -> frameworks.save(created)).isInstanceOfSatisfying(StaleAggregateException.class, e -> {
            assertThat(e.expectedVersion()).isZero();
            assertThat(e.currentVersion()).isEqualTo(1);
        });
        assertThat(frameworks.get(created.id()).snapshot()).isEqualTo(saved.snapshot());
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void two_transactions_creating_the_same_aggregate_cannot_both_win(Databases.Database db) throws Exception {
        // given one new framework that two threads create at the same time
        FrameworkRepository frameworks = db.repositories().frameworks();
        ConsultationFramework created = dioroFramework();
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // when the first inserts it and commits a moment later, while the second inserts it too
            Future<ConsultationFramework> first = pool.submit(() -> db.transactions().inTransaction(() -> {
                ConsultationFramework saved = frameworks.save(created);
                firstInserted.countDown();
                sleep(300);
                return saved;
            }));
            Future<ConsultationFramework> second = pool.submit(() -> db.transactions().inTransaction(() -> {
                awaitQuietly(firstInserted);
                return frameworks.save(created);
            }));

            // then the second is refused as stale, and the framework is stored once
            assertThat(first.get(30, TimeUnit.SECONDS).version()).isEqualTo(1);
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StaleAggregateException.class);
            assertThat(frameworks.get(created.id()).version()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void a_refused_save_rolls_back_the_whole_transaction(Databases.Database db) {
        // given a framework changed by someone else since an editor loaded it
        FrameworkRepository frameworks = db.repositories().frameworks();
        FrameworkId id = frameworks.save(dioroFramework()).id();
        ConsultationFramework stale = frameworks.get(id);
        ConsultationFramework other = frameworks.get(id);
        other.changePrioritySectors(List.of(Sector.of("rice")), PROPOSED_ON.plusDays(1));
        frameworks.save(other);
        ConsultationFramework unrelated = dioroFramework();

        // when the editor saves a new framework and then the stale one in one transaction
        stale.dissolve("merged", PROPOSED_ON.plusDays(2));
        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            frameworks.save(unrelated);
            return frameworks.save(stale);
        })).isInstanceOf(StaleAggregateException.class);

        // then nothing of the transaction is stored
        assertThat(frameworks.find(unrelated.id())).isEmpty();
        assertThat(frameworks.get(id).version()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch, Object unused) {
        latch.countDown();
        awaitQuietly(latch);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
