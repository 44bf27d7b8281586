package org.kafo.model.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Limits;
import org.kafo.model.common.Period;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.PlanId;

/**
 * The inclusive monitoring committee of a framework: its members, its written mandate and every
 * revision of it, the progress reports it files and the obstacles it raises. Whether its
 * membership is inclusive enough is the rule book's question.
 */
public final class MonitoringCommittee extends AggregateRoot<CommitteeId> {

    private final FrameworkId framework;
    private final MeetingId installedAt;
    private final LocalDate installedOn;
    private final List<CommitteeMember> members;
    private final List<Mandate> mandates;
    private final List<ProgressReport> reports;
    private final List<Obstacle> obstacles;

    private MonitoringCommittee(State state, long version) {
        super(state.id(), version);
        this.framework = Require.present(state.framework(), "framework");
        this.installedAt = Require.present(state.installedAt(), "installing meeting");
        this.installedOn = Require.day(state.installedOn(), "installed on");
        this.members = new ArrayList<>(Require.list(state.members(), "members"));
        this.mandates = new ArrayList<>(Require.list(state.mandates(), "mandates"));
        this.reports = new ArrayList<>(Require.list(state.reports(), "reports"));
        this.obstacles = new ArrayList<>(Require.list(state.obstacles(), "obstacles"));
        Require.state(!members.isEmpty(), "committee.no-member", "a committee has members");
        for (int i = 0; i < members.size(); i++) {
            CommitteeMember member = members.get(i);
            for (int j = 0; j < i; j++) {
                CommitteeMember other = members.get(j);
                Require.state(!(member.isCurrent() && other.isCurrent()
                        && sameSeat(other, member.organisation(), member.person().name())), "committee.member-twice",
                        member.person().name() + " sits on the committee twice");
            }
        }
        Require.state(!mandates.isEmpty(), "committee.no-mandate", "a committee has a written mandate");
        for (int i = 0; i < mandates.size(); i++) {
            Require.state(mandates.get(i).revision() == i + 1, "mandate.revision-order",
                    "mandate revisions are numbered 1, 2, 3, ... in order");
            Require.state(i == 0 || !mandates.get(i).adoptedOn().isBefore(mandates.get(i - 1).adoptedOn()),
                    "mandate.revision-order", "a revision is not older than the one before");
        }
    }

    /**
     * The framework installs its committee at a meeting, with its members and its first mandate.
     */
    public static MonitoringCommittee install(FrameworkId framework, MeetingId meeting, LocalDate on,
            List<CommitteeMember> members, String scope, List<String> duties, Period period, PlanId plan) {
        Mandate first = new Mandate(1, on, scope, duties, period, plan, null);
        MonitoringCommittee committee = new MonitoringCommittee(new State(CommitteeId.newId(), framework, meeting,
                on, members, List.of(first), List.of(), List.of()), 0);
        committee.record(new CommitteeEvent.Installed(committee.id(), framework, meeting, members.size(), on));
        return committee;
    }

    /**
     * Rebuilds it as a repository stored it ({@link #snapshot()}), at the version it was stored at.
     * Storage-adapter SPI: it checks the state's structural invariants only, skips the commands and
     * records no event, so application code does not call it; the aggregate's commands change it.
     */
    public static MonitoringCommittee restore(State state, long version) {
        return new MonitoringCommittee(state, version);
    }

    public CommitteeEvent.MemberJoined addMember(CommitteeMember member) {
        Require.present(member, "member");
        Require.state(members.stream().noneMatch(m -> m.isCurrent() && sameSeat(m, member.organisation(),
                member.person().name())), "committee.member-twice", member.person().name() + " already sits on the committee");
        members.add(member);
        return record(new CommitteeEvent.MemberJoined(id(), member));
    }

    public CommitteeEvent.MemberLeft removeMember(OrganisationId organisation, String person, LocalDate lastDay) {
        return removeMember(organisation, person, lastDay, null);
    }

    /**
     * The person's seat for the organisation ends on {@code lastDay}, for a reason (optional).
     *
     * @throws InvariantViolationException if the person does not sit on the committee for it, or the
     *                                     last day comes before the day the person joined
     */
    public CommitteeEvent.MemberLeft removeMember(OrganisationId organisation, String person, LocalDate lastDay,
            String reason) {
        for (int i = 0; i < members.size(); i++) {
            CommitteeMember m = members.get(i);
            if (m.isCurrent() && sameSeat(m, organisation, person)) {
                Require.notBefore(lastDay, m.effective().from(), "last day", "joining");
                CommitteeMember left = new CommitteeMember(m.organisation(), m.category(), m.person(),
                        m.effective().endingOn(lastDay), reason);
                members.set(i, left);
                return record(new CommitteeEvent.MemberLeft(id(), organisation, m.person().name(), lastDay,
                        left.leavingReason()));
            }
        }
        throw new InvariantViolationException("committee.not-a-member", person + " does not sit on the committee");
    }

    private static boolean sameSeat(CommitteeMember member, OrganisationId organisation, String person) {
        return member.organisation().equals(organisation) && member.person().name().equalsIgnoreCase(person);
    }

    /** The mandate evolves: a new revision, with its reason; the earlier ones stay in the history. */
    public CommitteeEvent.MandateRevised reviseMandate(String scope, List<String> duties, Period period, PlanId plan,
            String reason, LocalDate on) {
        Mandate revised = new Mandate(mandates.size() + 1, on, scope, duties, period, plan,
                Require.text(reason, "reason", Limits.TEXT));
        Require.notBefore(on, currentMandate().adoptedOn(), "revision", "current mandate");
        mandates.add(revised);
        return record(new CommitteeEvent.MandateRevised(id(), revised));
    }

    public CommitteeEvent.ReportFiled fileReport(PlanId plan, String summary, LocalDate on) {
        ProgressReport report = new ProgressReport(ReportId.newId(), plan, on, summary);
        reports.add(report);
        return record(new CommitteeEvent.ReportFiled(id(), report));
    }

    public CommitteeEvent.ObstacleRecorded recordObstacle(PlanId plan, ActionId action, String description,
            LocalDate on) {
        Obstacle obstacle = new Obstacle(ObstacleId.newId(), plan, action, description, on, null, null, null);
        obstacles.add(obstacle);
        return record(new CommitteeEvent.ObstacleRecorded(id(), obstacle.id(), action, on));
    }

    /** The obstacle is put before a meeting of the framework. */
    public CommitteeEvent.ObstacleReported reportObstacle(ObstacleId id, MeetingId meeting, LocalDate on) {
        Require.present(meeting, "meeting");
        Require.present(on, "on");
        Obstacle obstacle = obstacle(id);
        Require.state(obstacle.isUnresolved(), "obstacle.resolved", "the obstacle is already resolved");
        replace(id, o -> o.reportTo(meeting));
        return record(new CommitteeEvent.ObstacleReported(id(), id, meeting, on));
    }

    public CommitteeEvent.ObstacleResolved resolveObstacle(ObstacleId id, String resolution, LocalDate on) {
        Require.state(obstacle(id).isUnresolved(), "obstacle.resolved", "the obstacle is already resolved");
        String how = Require.text(resolution, "resolution", Limits.TEXT);
        replace(id, o -> o.resolve(how, Require.present(on, "on")));
        return record(new CommitteeEvent.ObstacleResolved(id(), id, how, on));
    }

    private void replace(ObstacleId id, UnaryOperator<Obstacle> change) {
        Obstacle current = obstacle(id);
        obstacles.set(obstacles.indexOf(current), change.apply(current));
    }

    /** @throws InvariantViolationException if the committee recorded no such obstacle */
    public Obstacle obstacle(ObstacleId id) {
        return obstacles.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(
                () -> new InvariantViolationException("committee.no-such-obstacle", "no obstacle " + id));
    }

    public FrameworkId framework() {
        return framework;
    }

    public MeetingId installedAt() {
        return installedAt;
    }

    public LocalDate installedOn() {
        return installedOn;
    }

    /** Every member, past and current. */
    public List<CommitteeMember> members() {
        return List.copyOf(members);
    }

    /** The seat {@code person} holds for {@code organisation} now, if any. */
    public Optional<CommitteeMember> currentSeat(OrganisationId organisation, String person) {
        return members.stream().filter(m -> m.isCurrent() && sameSeat(m, organisation, person)).findFirst();
    }

    public List<CommitteeMember> currentMembers() {
        return members.stream().filter(CommitteeMember::isCurrent).toList();
    }

    /** The mandate in force: the latest revision. */
    public Mandate currentMandate() {
        return mandates.get(mandates.size() - 1);
    }

    /** Every revision of the mandate, first to latest. */
    public List<Mandate> mandateHistory() {
        return List.copyOf(mandates);
    }

    public Optional<Mandate> mandateOn(LocalDate day) {
        Mandate inForce = null;
        for (Mandate mandate : mandates) {
            if (!mandate.adoptedOn().isAfter(day)) {
                inForce = mandate;
            }
        }
        return Optional.ofNullable(inForce);
    }

    public List<ProgressReport> reports() {
        return List.copyOf(reports);
    }

    public List<Obstacle> obstacles() {
        return List.copyOf(obstacles);
    }

    public List<Obstacle> unresolvedObstacles() {
        return obstacles.stream().filter(Obstacle::isUnresolved).toList();
    }

    /** What a repository stores of it, for {@link #restore}: storage-adapter SPI. */
    public State snapshot() {
        return new State(id(), framework, installedAt, installedOn, List.copyOf(members),
                List.copyOf(mandates), List.copyOf(reports), List.copyOf(obstacles));
    }

    /** Everything a repository stores of a committee. */
    public record State(CommitteeId id, FrameworkId framework, MeetingId installedAt,
            LocalDate installedOn, List<CommitteeMember> members, List<Mandate> mandates,
            List<ProgressReport> reports, List<Obstacle> obstacles) {
    }
}
