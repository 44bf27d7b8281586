package org.kafo.rules.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.kafo.model.Repositories;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.framework.ConsultationFramework;
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
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ApproveMinutes;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.ChangeRepresentatives;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.CorrectNeed;
import org.kafo.rules.command.CountMembers;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.command.FormaliseOrganisation;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.NoteProgress;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.ReassignCommune;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.command.RecordMinutes;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ResumeFramework;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.command.WithdrawNeed;

/**
 * The use cases of the approach, one method per command: what an embedding project or the server
 * calls. Each one runs as one unit of work: it loads the aggregates the command names, asks the
 * rule book about the change in the framework's situation as it is, and either refuses it with the
 * verdicts (nothing saved) or applies it, saves every aggregate it changed and returns the
 * aggregate as saved with every verdict and the domain events.
 *
 * <p>The framework's lifecycle is enforced before the rules are asked, as a model invariant: only an
 * established or active framework meets, plans and monitors; members and needs change while it is
 * proposed, established or active; a suspended framework is read only until it {@link #resume resumes}
 * (a {@link #recordDeliberation renewal} resumes it too); a dissolved one accepts nothing. A command the lifecycle does not allow fails with an
 * {@link org.kafo.model.common.InvariantViolationException} whose code is {@code framework.not-established},
 * {@code framework.suspended} or {@code framework.dissolved}.
 *
 * <p>What is counted per framework (the meeting's sequence number, the plan's cycle, its one monitoring
 * committee) is decided through the framework's version: the framework is saved with the meeting, plan
 * or committee, so that of two commands deciding on the same version, one is stale. Each command is
 * saved whole or not at all: in one of the {@link Transactions} and in one unit of work of the
 * repositories (the in-memory ones stage their saves and store them together).
 *
 * <p>Expected rejections are {@link Outcome}s. Every method also fails with:
 * <ul>
 * <li>{@link org.kafo.model.common.AggregateNotFoundException} when the command names an id that
 * does not exist;</li>
 * <li>{@link org.kafo.model.common.InvariantViolationException} when the change is structurally
 * impossible (a meeting of another framework, a plan already reviewed, a framework whose lifecycle
 * does not allow it, ...);</li>
 * <li>{@link org.kafo.model.common.StaleAggregateException} when someone saved an aggregate the
 * change touches since it was loaded (for a meeting convened, a plan adopted or a committee installed,
 * the framework): nothing of the change was saved; reload and decide again;</li>
 * <li>{@link org.kafo.rules.RuleFailureException} when a rule of the book is broken.</li>
 * </ul>
 *
 * <pre>{@code
 * ConsultationProcess process = new ConsultationProcess(new InMemoryRepositories(), PactRules.book());
 * Outcome<ConsultationFramework> outcome = process.establish(new EstablishFramework(id, deliberation, day));
 * }</pre>
 *
 * Thread-safe if its repositories are.
 */
public final class ConsultationProcess {

    private final TerritoryUseCases territory;
    private final OrganisationUseCases organisations;
    private final FrameworkUseCases frameworks;
    private final MeetingUseCases meetings;
    private final PlanUseCases plans;
    private final CommitteeUseCases committees;
    private final Map<Class<?>, Function<Command, Outcome<?>>> useCases;
    private final ChangeFlow flow;

    /**
     * Without transactions: for in-memory repositories (each command is one of their units of work)
     * and repositories that commit every save.
     */
    public ConsultationProcess(Repositories repositories, RuleBook rules) {
        this(repositories, rules, Transactions.NONE);
    }

    public ConsultationProcess(Repositories repositories, RuleBook rules, Transactions transactions) {
        this(new ChangeFlow(repositories, rules, transactions));
    }

    private ConsultationProcess(ChangeFlow flow) {
        this.flow = flow;
        this.territory = new TerritoryUseCases(flow);
        this.organisations = new OrganisationUseCases(flow);
        this.frameworks = new FrameworkUseCases(flow);
        this.meetings = new MeetingUseCases(flow);
        this.plans = new PlanUseCases(flow);
        this.committees = new CommitteeUseCases(flow);
        this.useCases = Collections.unmodifiableMap(useCases());
    }

    /**
     * Runs any command of the process, for callers that receive commands as data (a message queue, a
     * batch of recorded commands). The {@code Outcome}'s result is the aggregate the typed method returns.
     *
     * @throws IllegalArgumentException if the command is not one of this package's commands
     */
    public Outcome<?> execute(Command command) {
        Objects.requireNonNull(command, "command is required");
        Function<Command, Outcome<?>> useCase = useCases.get(command.getClass());
        if (useCase == null) {
            throw new IllegalArgumentException("the process has no use case for " + command.getClass().getName());
        }
        return useCase.apply(command);
    }

    /**
     * The verdicts a command would get now, without running it: what it names is loaded, the
     * framework's lifecycle and the rule book are asked as for the command itself, and nothing is
     * changed or saved. A form asks it while a person writes the command (a plan being negotiated).
     *
     * @throws IllegalArgumentException if the command is not one of this package's commands
     * @throws org.kafo.model.common.AggregateNotFoundException if the command names an id that does not exist
     * @throws org.kafo.model.common.InvariantViolationException if the lifecycle or the structure refuses
     *                                                           the command before any rule is asked
     */
    public List<Verdict> check(Command command) {
        Objects.requireNonNull(command, "command is required");
        ChangeFlow checking = flow.checking();
        new ConsultationProcess(checking).execute(command);
        return checking.checked();
    }

    /** The command types {@link #execute(Command)} runs. */
    Set<Class<?>> commandTypes() {
        return useCases.keySet();
    }

    // The switch on the command type of execute(): a table, as the library compiles for Java 17.
    private Map<Class<?>, Function<Command, Outcome<?>>> useCases() {
        Map<Class<?>, Function<Command, Outcome<?>>> table = new LinkedHashMap<>();
        on(table, RegisterRegion.class, this::registerRegion);
        on(table, RegisterCercle.class, this::registerCercle);
        on(table, RegisterCommune.class, this::registerCommune);
        on(table, ReassignCommune.class, this::reassignCommune);
        on(table, RegisterOrganisation.class, this::registerOrganisation);
        on(table, CountMembers.class, this::countMembers);
        on(table, FormaliseOrganisation.class, this::formalise);
        on(table, ProposeFramework.class, this::propose);
        on(table, EstablishFramework.class, this::establish);
        on(table, SuspendFramework.class, this::suspend);
        on(table, ResumeFramework.class, this::resume);
        on(table, DissolveFramework.class, this::dissolve);
        on(table, RecordDeliberation.class, this::recordDeliberation);
        on(table, ChangeRepresentatives.class, this::changeRepresentatives);
        on(table, CorrectNeed.class, this::correctNeed);
        on(table, AdmitMember.class, this::admit);
        on(table, EndMembership.class, this::endMembership);
        on(table, RecordNeed.class, this::recordNeed);
        on(table, WithdrawNeed.class, this::withdrawNeed);
        on(table, ConveneMeeting.class, this::convene);
        on(table, RecordAttendance.class, this::recordAttendance);
        on(table, HoldMeeting.class, this::hold);
        on(table, RecordMinutes.class, this::recordMinutes);
        on(table, ApproveMinutes.class, this::approveMinutes);
        on(table, PostponeMeeting.class, this::postpone);
        on(table, CancelMeeting.class, this::cancel);
        on(table, ReviewPlan.class, this::review);
        on(table, AdoptActionPlan.class, this::adopt);
        on(table, ChangeActionStatus.class, this::changeActionStatus);
        on(table, NoteProgress.class, this::noteProgress);
        on(table, PledgeContribution.class, this::pledge);
        on(table, DeliverContribution.class, this::deliver);
        on(table, RegisterInPdesc.class, this::registerInPdesc);
        on(table, InstallCommittee.class, this::install);
        on(table, AddCommitteeMember.class, this::addCommitteeMember);
        on(table, RemoveCommitteeMember.class, this::removeCommitteeMember);
        on(table, ReviseMandate.class, this::reviseMandate);
        on(table, FileReport.class, this::fileReport);
        on(table, RecordObstacle.class, this::recordObstacle);
        on(table, ResolveObstacle.class, this::resolveObstacle);
        return table;
    }

    private static <C extends Command> void on(Map<Class<?>, Function<Command, Outcome<?>>> table, Class<C> type,
            Function<C, Outcome<?>> useCase) {
        table.put(type, command -> useCase.apply(type.cast(command)));
    }

    // Territory

    public Outcome<Region> registerRegion(RegisterRegion command) {
        return territory.registerRegion(command);
    }

    public Outcome<Cercle> registerCercle(RegisterCercle command) {
        return territory.registerCercle(command);
    }

    public Outcome<Commune> registerCommune(RegisterCommune command) {
        return territory.registerCommune(command);
    }

    public Outcome<Commune> reassignCommune(ReassignCommune command) {
        return territory.reassignCommune(command);
    }

    // Organisations

    /** Registers the organisation, with its member count and its legal registration when the command has them. */
    public Outcome<Organisation> registerOrganisation(RegisterOrganisation command) {
        return organisations.registerOrganisation(command);
    }

    public Outcome<Organisation> countMembers(CountMembers command) {
        return organisations.countMembers(command);
    }

    public Outcome<Organisation> formalise(FormaliseOrganisation command) {
        return organisations.formalise(command);
    }

    // Frameworks and needs

    /** The rules see {@link org.kafo.rules.Situation#outsideAnyFramework()}: the proposal is in the command. */
    public Outcome<ConsultationFramework> propose(ProposeFramework command) {
        return frameworks.propose(command);
    }

    public Outcome<ConsultationFramework> establish(EstablishFramework command) {
        return frameworks.establish(command);
    }

    /** An established or active framework pauses: it is read only until it resumes. */
    public Outcome<ConsultationFramework> suspend(SuspendFramework command) {
        return frameworks.suspend(command);
    }

    /** A suspended framework is active again. */
    public Outcome<ConsultationFramework> resume(ResumeFramework command) {
        return frameworks.resume(command);
    }

    /** The framework ends for good: it accepts no command from then on. */
    public Outcome<ConsultationFramework> dissolve(DissolveFramework command) {
        return frameworks.dissolve(command);
    }

    /**
     * A later deliberation of the council or a special delegation (GOV-1, GOV-2): a renewal resumes a
     * suspended framework, a change of sectors replaces them (EST-2, EST-3), a dissolution dissolves it.
     */
    public Outcome<ConsultationFramework> recordDeliberation(RecordDeliberation command) {
        return frameworks.recordDeliberation(command);
    }

    /** A current member names its representatives anew. */
    public Outcome<ConsultationFramework> changeRepresentatives(ChangeRepresentatives command) {
        return frameworks.changeRepresentatives(command);
    }

    /** An open need is corrected, for a reason (NEED-3, NEED-2 on the corrected values). */
    public Outcome<Need> correctNeed(CorrectNeed command) {
        return frameworks.correctNeed(command);
    }

    /** The organisation sits in the category of its kind (a cooperative as a professional organisation, ...). */
    public Outcome<ConsultationFramework> admit(AdmitMember command) {
        return frameworks.admit(command);
    }

    public Outcome<ConsultationFramework> endMembership(EndMembership command) {
        return frameworks.endMembership(command);
    }

    public Outcome<Need> recordNeed(RecordNeed command) {
        return frameworks.recordNeed(command);
    }

    public Outcome<Need> withdrawNeed(WithdrawNeed command) {
        return frameworks.withdrawNeed(command);
    }

    // Meetings

    /**
     * Plans and convenes the framework's next meeting. Its sequence follows the existing meetings;
     * its agenda is built by the process: a review item per open action of the plan in force, an
     * item per unresolved obstacle, the open needs if there are any, the adoption of the next plan,
     * then the command's additional items. With no invitees, every current member is invited.
     */
    public Outcome<Meeting> convene(ConveneMeeting command) {
        return meetings.convene(command);
    }

    public Outcome<Meeting> recordAttendance(RecordAttendance command) {
        return meetings.recordAttendance(command);
    }

    /**
     * Holds the meeting; the first meeting held activates an established framework, and the
     * unresolved obstacles on its agenda are marked as reported to it.
     */
    public Outcome<Meeting> hold(HoldMeeting command) {
        return meetings.hold(command);
    }

    public Outcome<Meeting> recordMinutes(RecordMinutes command) {
        return meetings.recordMinutes(command);
    }

    public Outcome<Meeting> approveMinutes(ApproveMinutes command) {
        return meetings.approveMinutes(command);
    }

    /**
     * Moves a planned or convened meeting to a later day: it keeps its number, and its history keeps
     * every postponement (from, to, reason, day decided). MEET-2 and CYC-2 judge it.
     */
    public Outcome<Meeting> postpone(PostponeMeeting command) {
        return meetings.postpone(command);
    }

    /**
     * Cancels a planned or convened meeting, for a reason (MEET-2). It keeps its number: the next
     * meeting convened gets the next one. It decided nothing, so nothing it decided is undone.
     */
    public Outcome<Meeting> cancel(CancelMeeting command) {
        return meetings.cancel(command);
    }

    /**
     * The quorum of a meeting if the parties {@code present} signed its attendance sheet besides those
     * on it: MEET-1's count with the rule book's profile, on the day it was held or is planned. A
     * question, for a sheet being entered: nothing is changed or saved.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if there is no such meeting
     */
    public Quorum quorum(MeetingId meeting, Set<OrganisationId> present) {
        return flow.quorum(meeting, present);
    }

    /**
     * How the framework stands on a day, without a change: the verdicts of the rules that follow a
     * framework up (PACT's CYC-3: overdue when the plan in force ended with no meeting convened).
     * Only an established or active framework is followed up: a proposed, suspended or dissolved one
     * gets none. Nothing is saved.
     *
     * @throws org.kafo.model.common.AggregateNotFoundException if there is no such framework
     */
    public List<Verdict> followUp(FollowUp question) {
        return flow.followUp(question);
    }

    // Plans

    /**
     * Reviews the plan; the needs whose addressing actions are now all done become met (an action
     * carried over counts through the action that continues it).
     */
    public Outcome<ActionPlan> review(ReviewPlan command) {
        return plans.review(command);
    }

    /**
     * Adopts the plan of the next cycle (following the framework's latest plan) and links the needs
     * its actions address.
     */
    public Outcome<ActionPlan> adopt(AdoptActionPlan command) {
        return plans.adopt(command);
    }

    public Outcome<ActionPlan> changeActionStatus(ChangeActionStatus command) {
        return plans.changeActionStatus(command);
    }

    public Outcome<ActionPlan> noteProgress(NoteProgress command) {
        return plans.noteProgress(command);
    }

    public Outcome<ActionPlan> pledge(PledgeContribution command) {
        return plans.pledge(command);
    }

    public Outcome<ActionPlan> deliver(DeliverContribution command) {
        return plans.deliver(command);
    }

    public Outcome<ActionPlan> registerInPdesc(RegisterInPdesc command) {
        return plans.registerInPdesc(command);
    }

    // Monitoring committee

    /**
     * Installs the monitoring committee over the plan in force; without a period in the command, its
     * first mandate covers the plan's period.
     *
     * @throws org.kafo.model.common.InvariantViolationException if the rule book lets it through
     *         while no plan is in force (PACT's MON-1 refuses it), or the framework already has a committee
     */
    public Outcome<MonitoringCommittee> install(InstallCommittee command) {
        return committees.install(command);
    }

    /**
     * A person joins the installed committee for a current member organisation, in the category of
     * its membership (MON-4).
     */
    public Outcome<MonitoringCommittee> addCommitteeMember(AddCommitteeMember command) {
        return committees.addMember(command);
    }

    /** A person leaves the committee after their last day; MON-1 keeps it inclusive. */
    public Outcome<MonitoringCommittee> removeCommitteeMember(RemoveCommitteeMember command) {
        return committees.removeMember(command);
    }

    public Outcome<MonitoringCommittee> reviseMandate(ReviseMandate command) {
        return committees.reviseMandate(command);
    }

    /** Files the report on the plan in force. */
    public Outcome<MonitoringCommittee> fileReport(FileReport command) {
        return committees.fileReport(command);
    }

    public Outcome<MonitoringCommittee> recordObstacle(RecordObstacle command) {
        return committees.recordObstacle(command);
    }

    public Outcome<MonitoringCommittee> resolveObstacle(ResolveObstacle command) {
        return committees.resolveObstacle(command);
    }
}
