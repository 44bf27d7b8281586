package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.HoldMeeting;

/**
 * Eight threads sending commands on one framework at once, on in-memory repositories: what is
 * counted per framework (the meeting's number, the committee, the plan of a cycle) is decided
 * through the framework's version, so a command that lost the race is stale and saved nothing.
 */
class ConcurrentCommandsTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void meetings_convened_at_once_never_share_a_sequence_number() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            // given
            ProcessFixture given = new ProcessFixture();
            FrameworkId framework = given.establishedFramework();

            // when
            List<Attempt<Meeting>> attempts = atOnce(i -> () -> given.process.convene(
                    given.convocation(framework, FIRST_MEETING_ON.plusDays(i))));

            // then
            List<Meeting> stored = given.repositories.meetings().findByFramework(framework);
            assertThat(stored.stream().map(Meeting::sequence).collect(Collectors.toSet())).hasSameSizeAs(stored);
            assertThat(ids(stored, Meeting::id)).isEqualTo(acceptedIds(attempts, Meeting::id));
            assertThat(attempts).allMatch(Attempt::acceptedOrStale);
        }
    }

    @Test
    void meetings_held_at_once_activate_the_framework_once_and_a_stale_hold_saves_nothing() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            // given eight meetings convened one after the other
            ProcessFixture given = new ProcessFixture();
            FrameworkId framework = given.establishedFramework();
            List<MeetingId> meetings = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                meetings.add(given.convenedMeeting(framework, FIRST_MEETING_ON.plusDays(i)));
            }

            // when each is held by its own thread
            List<Attempt<Meeting>> attempts = atOnce(i -> () -> given.process.hold(
                    new HoldMeeting(meetings.get(i), FIRST_MEETING_ON.plusDays(i))));

            // then
            Set<MeetingId> held = given.repositories.meetings().findByFramework(framework).stream()
                    .filter(m -> m.status() == MeetingStatus.HELD).map(Meeting::id).collect(Collectors.toSet());
            assertThat(held).isNotEmpty().isEqualTo(acceptedIds(attempts, Meeting::id));
            assertThat(given.framework(framework).status()).isEqualTo(FrameworkStatus.ACTIVE);
            assertThat(attempts).allMatch(Attempt::acceptedOrStale);
        }
    }

    @Test
    void plans_adopted_at_once_take_one_cycle_each_and_a_stale_adoption_saves_nothing() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            // given a held meeting and a need each plan addresses
            ProcessFixture given = new ProcessFixture();
            FrameworkId framework = given.establishedFramework();
            NeedId need = given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");
            MeetingId meeting = given.heldMeeting(framework, FIRST_MEETING_ON);

            // when
            List<Attempt<ActionPlan>> attempts = atOnce(i -> () -> given.process.adopt(new AdoptActionPlan(framework,
                    meeting, FIRST_PLAN, List.of(given.borehole(FIRST_PLAN.end()).addressing(List.of(need))),
                    FIRST_MEETING_ON)));

            // then
            List<ActionPlan> stored = given.repositories.plans().findByFramework(framework);
            assertThat(stored.stream().map(ActionPlan::cycle).collect(Collectors.toSet())).hasSameSizeAs(stored);
            assertThat(ids(stored, ActionPlan::id)).isEqualTo(acceptedIds(attempts, ActionPlan::id));
            Set<Object> storedActions = stored.stream().flatMap(p -> p.actions().stream()).map(Action::id)
                    .collect(Collectors.toSet());
            Need addressed = given.need(need);
            assertThat(addressed.addressedBy()).allMatch(storedActions::contains);
            assertThat(attempts).allMatch(Attempt::acceptedOrStale);
        }
    }

    @Test
    void committees_installed_at_once_leave_one_committee() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            // given a plan in force
            ProcessFixture given = new ProcessFixture();
            FrameworkId framework = given.establishedFramework();
            MeetingId meeting = given.heldMeeting(framework, FIRST_MEETING_ON);
            given.adoptedPlan(framework, meeting, FIRST_PLAN, given.radioReports(FIRST_PLAN.end()));

            // when
            List<Attempt<MonitoringCommittee>> attempts = atOnce(i -> () -> given.process.install(
                    given.installation(framework, meeting, FIRST_MEETING_ON)));

            // then
            Set<Object> installed = acceptedIds(attempts, MonitoringCommittee::id);
            assertThat(installed).hasSize(1);
            assertThat(given.committee(framework).id()).isIn(installed);
            assertThat(attempts).allMatch(a -> a.acceptedOrStale() || a.failure() != null
                    && "committee.installed".equals(code(a.failure())));
        }
    }

    private <T> List<Attempt<T>> atOnce(IntFunction<Callable<Outcome<T>>> command) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt<T>>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Callable<Outcome<T>> work = command.apply(i);
            futures.add(threads.submit(() -> {
                start.await();
                try {
                    return new Attempt<>(work.call(), null);
                } catch (RuntimeException e) {
                    return new Attempt<>(null, e);
                }
            }));
        }
        start.countDown();
        List<Attempt<T>> attempts = new ArrayList<>();
        for (Future<Attempt<T>> future : futures) {
            attempts.add(future.get(30, TimeUnit.SECONDS));
        }
        return attempts;
    }

    private static <T> Set<Object> ids(List<T> aggregates, java.util.function.Function<T, Object> id) {
        return aggregates.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> Set<Object> acceptedIds(List<Attempt<T>> attempts, java.util.function.Function<T, Object> id) {
        return attempts.stream().map(Attempt::outcome).filter(Objects::nonNull).filter(Outcome::accepted)
                .map(Outcome::orElseThrow).map(id).collect(Collectors.toSet());
    }

    private static String code(RuntimeException e) {
        return e instanceof org.kafo.model.common.DomainException domain ? domain.code() : null;
    }

    private record Attempt<T>(Outcome<T> outcome, RuntimeException failure) {

        boolean acceptedOrStale() {
            return outcome != null && outcome.accepted() || failure instanceof StaleAggregateException;
        }
    }
}
