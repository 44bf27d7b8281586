package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.kafo.rules.process.ProcessFixture.GARDENING;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeId;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ResumeFramework;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.command.WithdrawNeed;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.pact.PactRules;

/**
 * Random sequences of commands, valid and invalid, on three frameworks through the process's public
 * API and in-memory repositories: every command is accepted, refused by the rules (an
 * {@link Outcome}) or fails with one of the exceptions {@link ConsultationProcess} documents; a command
 * that did not go through saved nothing; and afterwards what the process promises still holds (one
 * committee per framework, distinct meeting numbers and plan cycles, the lifecycle respected,
 * indicators computable).
 */
class RandomCommandsPropertiesTest {

    private static final LocalDate START = LocalDate.of(2008, 2, 1);
    private static final int KINDS = 20;

    /** The commands that meet, plan or monitor: accepted only on an established or active framework. */
    private static final Set<Class<?>> WORK = Set.of(ConveneMeeting.class, RecordAttendance.class, HoldMeeting.class,
            AdoptActionPlan.class, ReviewPlan.class, InstallCommittee.class, PledgeContribution.class,
            ChangeActionStatus.class, RecordObstacle.class, FileReport.class);

    /** The commands that change members or needs: refused on a suspended or dissolved framework. */
    private static final Set<Class<?>> CHANGES = Set.of(AdmitMember.class, RecordNeed.class, WithdrawNeed.class);

    @Test
    void random_commands_meet_only_documented_answers_and_leave_every_invariant_standing() {
        qt().withExamples(60).withShrinkCycles(50)
                .forAll(longs().all(), lists().of(longs().all()).ofSizeBetween(20, 80))
                .checkAssert((book, steps) -> new Run(book % 2 == 0).play(steps));
    }

    /** One sequence of commands on fresh repositories. */
    private static final class Run {

        private final ProcessFixture given = new ProcessFixture();
        private final Repositories repositories = given.repositories;
        private final ConsultationProcess process;
        private final List<FrameworkId> frameworks = new ArrayList<>();
        private final Map<FrameworkId, Set<CommitteeId>> installed = new HashMap<>();
        private final Map<Class<?>, Integer> answers = new HashMap<>();
        private final Map<String, Integer> codes = new java.util.TreeMap<>();
        private LocalDate today = START;

        Run(boolean pact) {
            process = pact ? new ConsultationProcess(repositories, PactRules.book()) : given.process;
            frameworks.add(given.proposedFramework());
            frameworks.add(given.establishedFramework());
            frameworks.add(given.establishedFramework());
        }

        void play(List<Long> steps) {
            for (long seed : steps) {
                Random random = new Random(seed);
                today = today.plusDays(1 + random.nextInt(10));
                FrameworkId framework = frameworks.get(random.nextInt(frameworks.size()));
                Step step = step(random, framework);
                FrameworkStatus before = repositories.frameworks().get(framework).status();
                List<Object> stored = everything();
                Object answer = attempt(step.command());
                if (answer instanceof Outcome<?> outcome && outcome.accepted()) {
                    assertLifecycleAllowed(step.type(), before, framework);
                    if (outcome.result() instanceof MonitoringCommittee committee) {
                        installed.computeIfAbsent(committee.framework(), f -> new HashSet<>()).add(committee.id());
                    }
                } else {
                    assertThat(everything()).as("%s was not accepted (%s) yet saved something", step.type()
                            .getSimpleName(), answer).isEqualTo(stored);
                }
            }
            frameworks.forEach(this::assertInvariants);
        }

        /** The answer: the outcome, or the documented exception; anything else fails the property. */
        private Object attempt(Supplier<Outcome<?>> command) {
            try {
                Outcome<?> outcome = command.get();
                answers.merge(Outcome.class, 1, Integer::sum);
                return outcome;
            } catch (InvariantViolationException | AggregateNotFoundException | StaleAggregateException e) {
                answers.merge(e.getClass(), 1, Integer::sum);
                codes.merge(e.code(), 1, Integer::sum);
                return e;
            } catch (RuntimeException e) {
                throw new AssertionError("undocumented failure " + e, e);
            }
        }

        private void assertLifecycleAllowed(Class<?> type, FrameworkStatus before, FrameworkId framework) {
            if (WORK.contains(type)) {
                assertThat(before).as("%s accepted on framework %s", type.getSimpleName(), framework)
                        .isIn(FrameworkStatus.ESTABLISHED, FrameworkStatus.ACTIVE);
            } else if (CHANGES.contains(type)) {
                assertThat(before).as("%s accepted on framework %s", type.getSimpleName(), framework)
                        .isIn(FrameworkStatus.PROPOSED, FrameworkStatus.ESTABLISHED, FrameworkStatus.ACTIVE);
            }
        }

        private void assertInvariants(FrameworkId id) {
            ConsultationFramework framework = repositories.frameworks().get(id);
            List<Meeting> meetings = repositories.meetings().findByFramework(id);
            assertThat(meetings.stream().map(Meeting::sequence).toList())
                    .as("meeting numbers of %s", id).doesNotHaveDuplicates();
            List<ActionPlan> plans = repositories.plans().findByFramework(id);
            assertThat(plans.stream().map(ActionPlan::cycle).toList()).as("plan cycles of %s", id)
                    .doesNotHaveDuplicates();
            Set<CommitteeId> committees = installed.getOrDefault(id, Set.of());
            assertThat(committees).as("committees installed in %s", id).hasSizeLessThanOrEqualTo(1);
            Optional<MonitoringCommittee> committee = repositories.committees().findByFramework(id);
            assertThat(committee.map(MonitoringCommittee::id).map(Set::of).orElse(Set.of())).isEqualTo(committees);
            if (framework.status() == FrameworkStatus.PROPOSED) {
                assertThat(meetings).as("meetings of the never established %s", id).isEmpty();
            }
            for (ActionPlan plan : plans) {
                assertThat(meetings.stream().map(Meeting::id)).as("plan adopted at a meeting of its framework")
                        .contains(plan.adoptedAt());
            }
            Set<ActionId> actions = plans.stream().flatMap(p -> p.actions().stream()).map(Action::id)
                    .collect(Collectors.toSet());
            for (Need need : repositories.needs().findByFramework(id)) {
                assertThat(actions).as("actions addressing a need").containsAll(need.addressedBy());
            }
            assertThat(Indicators.of(repositories, id, today)).isNotNull();
        }

        /** Every stored aggregate of the frameworks, by id and version: what a refused command must not change. */
        private List<Object> everything() {
            List<Object> all = new ArrayList<>();
            for (FrameworkId id : frameworks) {
                all.add(key(repositories.frameworks().get(id)));
                repositories.needs().findByFramework(id).forEach(a -> all.add(key(a)));
                repositories.meetings().findByFramework(id).forEach(a -> all.add(key(a)));
                repositories.plans().findByFramework(id).forEach(a -> all.add(key(a)));
                repositories.committees().findByFramework(id).ifPresent(a -> all.add(key(a)));
            }
            return all;
        }

        private static Object key(AggregateRoot<?> aggregate) {
            return aggregate.id() + "@" + aggregate.version();
        }

        private record Step(Class<?> type, Supplier<Outcome<?>> command) {
        }

        private Step step(Random random, FrameworkId framework) {
            LocalDate on = today;
            Optional<MeetingId> meeting = pick(random, repositories.meetings().findByFramework(framework))
                    .map(Meeting::id);
            Optional<ActionPlan> plan = pick(random, repositories.plans().findByFramework(framework));
            MeetingId anyMeeting = meeting.orElseGet(MeetingId::newId);
            PlanId anyPlan = plan.map(ActionPlan::id).orElseGet(PlanId::newId);
            ActionId anyAction = plan.flatMap(p -> pick(random, p.actions())).map(Action::id).orElseGet(ActionId::newId);
            OrganisationId party = pick(random, List.of(given.municipality, given.irrigators, given.gardeners,
                    given.agriculture, given.pact)).orElseThrow();
            switch (random.nextInt(KINDS)) {
                case 0:
                    return new Step(EstablishFramework.class, () -> process.establish(new EstablishFramework(framework,
                            ProcessFixture.deliberation(), on)));
                case 1:
                case 2:
                    return new Step(ConveneMeeting.class, () -> process.convene(given.convocation(framework,
                            on.plusDays(random.nextInt(15)))));
                case 3:
                    return new Step(RecordAttendance.class, () -> process.recordAttendance(new RecordAttendance(
                            anyMeeting, ProcessFixture.attendance(given), on)));
                case 4:
                    return new Step(HoldMeeting.class, () -> process.hold(new HoldMeeting(anyMeeting, on)));
                case 5:
                case 6: {
                    int months = random.nextInt(5);
                    return new Step(AdoptActionPlan.class, () -> {
                        Period period = Period.of(on.plusDays(1), on.plusMonths(months).plusDays(1));
                        List<ActionSpec> actions = List.of(given.radioReports(period.end()),
                                given.borehole(period.end()));
                        return process.adopt(new AdoptActionPlan(framework, anyMeeting, period, actions, on));
                    });
                }
                case 7: {
                    List<ReviewOutcome> outcomes = plan.map(p -> p.actions().stream()
                            .map(a -> ReviewOutcome.values()[random.nextInt(3)]).toList()).orElse(List.of());
                    return new Step(ReviewPlan.class, () -> {
                        List<ActionReview> decisions = new ArrayList<>();
                        for (int i = 0; i < outcomes.size(); i++) {
                            decisions.add(new ActionReview(plan.orElseThrow().actions().get(i).id(), outcomes.get(i),
                                    "revu"));
                        }
                        return process.review(new ReviewPlan(anyPlan, anyMeeting, decisions, on));
                    });
                }
                case 8:
                    return new Step(InstallCommittee.class, () -> process.install(given.installation(framework,
                            anyMeeting, on)));
                case 9:
                    return new Step(PledgeContribution.class, () -> process.pledge(new PledgeContribution(anyPlan,
                            anyAction, party, ContributionForm.CASH, Money.xof(random.nextInt(2_000_000)), on)));
                case 10:
                    return new Step(ChangeActionStatus.class, () -> process.changeActionStatus(new ChangeActionStatus(
                            anyPlan, anyAction, ActionStatus.values()[random.nextInt(ActionStatus.values().length)],
                            "suivi", on)));
                case 11:
                    return new Step(RecordObstacle.class, () -> process.recordObstacle(new RecordObstacle(framework,
                            anyPlan, anyAction, "Pompe en panne", on)));
                case 12:
                    return new Step(FileReport.class, () -> process.fileReport(new FileReport(framework,
                            "Rapport de suivi", on)));
                case 13:
                    return new Step(RecordNeed.class, () -> process.recordNeed(new RecordNeed(framework, party,
                            random.nextBoolean() ? IRRIGATION : GARDENING,
                            NeedKind.values()[random.nextInt(NeedKind.values().length)], "Besoin", null, on)));
                case 14: {
                    NeedId need = pick(random, repositories.needs().findByFramework(framework)).map(Need::id)
                            .orElseGet(NeedId::newId);
                    return new Step(WithdrawNeed.class, () -> process.withdrawNeed(new WithdrawNeed(need, "retiré", on)));
                }
                case 15:
                    return new Step(AdmitMember.class, () -> process.admit(new AdmitMember(framework, given.pact,
                            List.of(), List.of(ProcessFixture.AGRONOMIST), on)));
                case 16:
                    return random.nextInt(3) == 0
                            ? new Step(SuspendFramework.class, () -> process.suspend(new SuspendFramework(framework,
                                    "Saison des pluies", on)))
                            : new Step(ConveneMeeting.class, () -> process.convene(given.convocation(framework, on)));
                case 17:
                    return new Step(ResumeFramework.class, () -> process.resume(new ResumeFramework(framework, on)));
                case 18:
                    return random.nextInt(12) == 0
                            ? new Step(DissolveFramework.class, () -> process.dissolve(new DissolveFramework(framework,
                                    "Fin du programme", on)))
                            : new Step(HoldMeeting.class, () -> process.hold(new HoldMeeting(anyMeeting, on)));
                default: {
                    Optional<Obstacle> obstacle = repositories.committees().findByFramework(framework)
                            .flatMap(c -> pick(random, c.unresolvedObstacles()));
                    return new Step(ResolveObstacle.class, () -> process.resolveObstacle(new ResolveObstacle(framework,
                            obstacle.map(Obstacle::id).orElse(null), "Réparée", on)));
                }
            }
        }

        private static <T> Optional<T> pick(Random random, List<T> values) {
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(random.nextInt(values.size())));
        }
    }

    @Test
    void the_commands_reach_every_kind_of_answer() {
        // given a run long enough to try everything
        Run run = new Run(false);

        // when
        List<Long> steps = new ArrayList<>();
        Random seeds = new Random(12);
        for (int i = 0; i < 400; i++) {
            steps.add(seeds.nextLong());
        }
        run.play(steps);

        // then the property above is not vacuous: commands are accepted, refused and fail
        assertThat(run.answers.keySet()).contains(Outcome.class, InvariantViolationException.class,
                AggregateNotFoundException.class);
        if (run.answers.getOrDefault(Outcome.class, 0) < 50) {
            fail("too few outcomes: " + run.answers + " " + run.codes);
        }
        EnumSet<FrameworkStatus> reached = EnumSet.noneOf(FrameworkStatus.class);
        run.frameworks.forEach(f -> run.repositories.frameworks().get(f).history()
                .forEach(change -> reached.add(change.status())));
        assertThat(reached).contains(FrameworkStatus.ACTIVE, FrameworkStatus.SUSPENDED);
        assertThat(run.repositories.meetings().findByFramework(run.frameworks.get(1))).isNotEmpty();
        assertThat(run.repositories.plans().findByFramework(run.frameworks.get(1))
                .size() + run.repositories.plans().findByFramework(run.frameworks.get(2)).size()).isPositive();
    }
}
