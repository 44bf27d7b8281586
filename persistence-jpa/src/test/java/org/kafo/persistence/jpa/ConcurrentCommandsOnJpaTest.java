package org.kafo.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.process.Outcome;
import org.kafo.rules.process.ProcessFixture;

/**
 * Eight threads sending commands on one framework at once through the process, each in its own
 * transaction, on every database: the meeting's number, the plan's cycle and the committee are
 * decided through the framework's version, so a command that lost the race is stale and its
 * transaction stored nothing.
 */
class ConcurrentCommandsOnJpaTest {

    private static final int THREADS = 8;

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void meetings_convened_at_once_never_share_a_number(Databases.Database db) throws Exception {
        // given
        ProcessFixture given = new ProcessFixture(db.repositories(), db.transactions()::inTransaction);
        FrameworkId framework = given.establishedFramework();

        // when
        List<Object> answers = atOnce(i -> () -> given.process.convene(
                given.convocation(framework, FIRST_MEETING_ON.plusDays(i))));

        // then
        List<Meeting> stored = given.repositories.meetings().findByFramework(framework);
        assertThat(stored.stream().map(Meeting::sequence).toList()).doesNotHaveDuplicates();
        assertThat(ids(stored, Meeting::id)).isNotEmpty().isEqualTo(acceptedIds(answers, Meeting::id));
        assertThat(answers).allMatch(a -> a instanceof Outcome<?> || a instanceof StaleAggregateException);
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void plans_adopted_at_once_take_one_cycle_each(Databases.Database db) throws Exception {
        // given
        ProcessFixture given = new ProcessFixture(db.repositories(), db.transactions()::inTransaction);
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.heldMeeting(framework, FIRST_MEETING_ON);

        // when
        List<Object> answers = atOnce(i -> () -> given.process.adopt(new AdoptActionPlan(framework, meeting,
                FIRST_PLAN, List.of(given.radioReports(FIRST_PLAN.end())), FIRST_MEETING_ON)));

        // then
        List<ActionPlan> stored = given.repositories.plans().findByFramework(framework);
        assertThat(stored.stream().map(ActionPlan::cycle).toList()).doesNotHaveDuplicates();
        assertThat(ids(stored, ActionPlan::id)).isNotEmpty().isEqualTo(acceptedIds(answers, ActionPlan::id));
        assertThat(answers).allMatch(a -> a instanceof Outcome<?> || a instanceof StaleAggregateException);
    }

    @ParameterizedTest
    @MethodSource("org.kafo.persistence.jpa.Databases#databases")
    void committees_installed_at_once_leave_one(Databases.Database db) throws Exception {
        // given
        ProcessFixture given = new ProcessFixture(db.repositories(), db.transactions()::inTransaction);
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.heldMeeting(framework, FIRST_MEETING_ON);
        given.adoptedPlan(framework, meeting, FIRST_PLAN, given.radioReports(FIRST_PLAN.end()));

        // when
        List<Object> answers = atOnce(i -> () -> given.process.install(
                given.installation(framework, meeting, FIRST_MEETING_ON)));

        // then
        Set<Object> installed = acceptedIds(answers, MonitoringCommittee::id);
        assertThat(installed).hasSize(1);
        assertThat(given.committee(framework).id()).isIn(installed);
    }

    private static List<Object> atOnce(IntFunction<Callable<Outcome<?>>> command) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<Outcome<?>> work = command.apply(i);
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> answers = new ArrayList<>();
            for (Future<Object> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> Set<Object> ids(List<T> aggregates, Function<T, Object> id) {
        return aggregates.stream().map(id).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static <T> Set<Object> acceptedIds(List<Object> answers, Function<T, Object> id) {
        return answers.stream().filter(a -> a instanceof Outcome<?> o && o.accepted())
                .map(a -> ((Outcome<T>) a).orElseThrow()).map(id).collect(Collectors.toSet());
    }
}
