package org.kafo.rules.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.DomainEvent;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.Need;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.kafo.rules.Quorum;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.internal.Situations;
import org.kafo.rules.pact.Meet1Quorum;

/**
 * The flow of one change, the same for every command: inside one unit of work, load what the
 * command names, ask the rule book about it in the situation as it is, refuse it if a verdict
 * blocks, otherwise apply it, save every aggregate it changed and report the verdicts and events.
 *
 * <p>Nothing is saved before every model command of the change has run, so a structural mistake
 * found halfway ({@link InvariantViolationException}) leaves the repositories untouched. A stale
 * save ({@link org.kafo.model.common.StaleAggregateException}) propagates as it is, and the saves of
 * the change are undone with it: the change runs in one of the {@link Transactions} and in one unit
 * of work of the repositories ({@link Repositories#inUnitOfWork}), so that it is stored whole or not
 * at all, on the in-memory repositories as in a database.
 *
 * <p>Before the rules are asked, the framework's lifecycle must allow the command ({@link Lifecycle}).
 * Whatever is counted per framework (the meeting's number, the plan's cycle, the one committee) is
 * decided on the framework as loaded, and the framework is saved with the change: of two changes
 * that counted on the same version, the second is stale and saves nothing.
 */
final class ChangeFlow {

    private final Repositories repositories;
    private final RuleBook rules;
    private final Transactions transactions;
    private final Situations situations;
    private final Lifecycle lifecycle = new Lifecycle();
    /** For a flow that only checks: the verdicts of the command it was asked about; null for a flow that changes. */
    private final List<Verdict> checked;

    ChangeFlow(Repositories repositories, RuleBook rules, Transactions transactions) {
        this(repositories, rules, transactions, null);
    }

    private ChangeFlow(Repositories repositories, RuleBook rules, Transactions transactions, List<Verdict> checked) {
        this.repositories = Objects.requireNonNull(repositories, "repositories are required");
        this.rules = Objects.requireNonNull(rules, "rules are required");
        this.transactions = Objects.requireNonNull(transactions, "transactions are required");
        this.situations = new Situations(repositories);
        this.checked = checked;
    }

    /**
     * A flow for one check: it loads what the command names and asks the lifecycle and the rule book
     * as {@link #run} does, keeps the verdicts ({@link #checked()}) and stops there: it applies and
     * saves nothing, and its {@code run} returns null. One per check: it is not shared.
     */
    ChangeFlow checking() {
        return new ChangeFlow(repositories, rules, transactions, new ArrayList<>());
    }

    /** The verdicts a checking flow was given. */
    List<Verdict> checked() {
        return List.copyOf(checked);
    }

    Repositories repositories() {
        return repositories;
    }

    /**
     * Runs a command.
     *
     * @param prepare loads what the command names (unknown ids fail with the ports'
     *                {@link org.kafo.model.common.AggregateNotFoundException}) and says what it intends
     */
    <T extends AggregateRoot<?>> Outcome<T> run(Command command, Supplier<Intent<T>> prepare) {
        Objects.requireNonNull(command, "command is required");
        return transactions.inTransaction(() -> repositories.inUnitOfWork(() -> {
            Intent<T> intent = prepare.get();
            lifecycle.require(command, intent.situation());
            List<Verdict> verdicts = rules.check(command, intent.situation());
            if (checked != null) {
                checked.addAll(verdicts);
                return null;
            }
            if (verdicts.stream().anyMatch(Verdict::isBlocking)) {
                return Outcome.refused(verdicts);
            }
            Changes changes = new Changes();
            T subject = Objects.requireNonNull(intent.change().apply(changes),
                    "a use case returns the aggregate its command is about");
            List<AggregateRoot<?>> others = changes.changed().stream().filter(a -> a != subject).toList();
            List<DomainEvent> events = new ArrayList<>(subject.recordedEvents());
            others.forEach(a -> events.addAll(a.recordedEvents()));
            @SuppressWarnings("unchecked")
            T saved = (T) save(subject);
            others.forEach(this::save);
            return Outcome.accepted(saved, verdicts, events);
        }));
    }

    /**
     * What the rule book says of a framework's situation on a day, without a change: the verdicts of
     * the rules that follow frameworks up. Only an established or active framework is followed up;
     * a proposed, suspended or dissolved one gets no verdict. Nothing is saved.
     */
    List<Verdict> followUp(FollowUp question) {
        Objects.requireNonNull(question, "follow-up is required");
        return transactions.inTransaction(() -> {
            ConsultationFramework framework = repositories.frameworks().get(question.framework());
            if (framework.status() != FrameworkStatus.ESTABLISHED && framework.status() != FrameworkStatus.ACTIVE) {
                return List.of();
            }
            return rules.check(question, situations.of(framework, List.of()));
        });
    }

    /** MEET-1's count for the meeting's sheet and {@code present}, on its day; nothing is saved. */
    Quorum quorum(MeetingId meeting, Set<OrganisationId> present) {
        Objects.requireNonNull(meeting, "meeting is required");
        Set<OrganisationId> ticked = Set.copyOf(Objects.requireNonNull(present, "present is required"));
        return transactions.inTransaction(() -> {
            Meeting found = repositories.meetings().get(meeting);
            ConsultationFramework framework = repositories.frameworks().get(found.framework());
            return Meet1Quorum.quorum(party -> found.wasPresent(party) || ticked.contains(party),
                    found.heldOn().orElse(found.plannedOn()), situation(framework), rules.profile());
        });
    }

    /** The situation of a loaded framework, with the organisations the command names. */
    Situation situation(ConsultationFramework framework, Collection<OrganisationId> involved) {
        return situations.of(framework, involved);
    }

    Situation situation(ConsultationFramework framework) {
        return situations.of(framework, List.of());
    }

    /**
     * @throws InvariantViolationException if {@code what} (a meeting, plan or need the command names)
     *                                     belongs to another framework than the one the command is about
     */
    static void requireSameFramework(FrameworkId expected, FrameworkId actual, String what) {
        if (!expected.equals(actual)) {
            throw new InvariantViolationException("process.other-framework",
                    what + " belongs to framework " + actual + ", not to framework " + expected);
        }
    }

    private AggregateRoot<?> save(AggregateRoot<?> aggregate) {
        if (aggregate instanceof Region region) {
            return repositories.regions().save(region);
        } else if (aggregate instanceof Cercle cercle) {
            return repositories.cercles().save(cercle);
        } else if (aggregate instanceof Commune commune) {
            return repositories.communes().save(commune);
        } else if (aggregate instanceof Organisation organisation) {
            return repositories.organisations().save(organisation);
        } else if (aggregate instanceof ConsultationFramework framework) {
            return repositories.frameworks().save(framework);
        } else if (aggregate instanceof Need need) {
            return repositories.needs().save(need);
        } else if (aggregate instanceof Meeting meeting) {
            return repositories.meetings().save(meeting);
        } else if (aggregate instanceof ActionPlan plan) {
            return repositories.plans().save(plan);
        } else if (aggregate instanceof MonitoringCommittee committee) {
            return repositories.committees().save(committee);
        }
        throw new IllegalArgumentException("no repository stores " + aggregate.getClass().getName());
    }
}
