package org.kafo.rules.process;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Period;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.Membership;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.Situation;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ReviseMandate;

/**
 * The monitoring committee: installed with its first mandate over the plan in force, its mandate
 * revised, its reports filed, the obstacles it raises and sees resolved.
 */
final class CommitteeUseCases extends UseCases {

    CommitteeUseCases(ChangeFlow flow) {
        super(flow);
    }

    /**
     * Installs the committee over the plan in force; its first mandate covers the plan's period
     * unless the command gives another one.
     *
     * @throws InvariantViolationException if the rules let it through while the framework has no plan
     *                                     in force or already has a committee
     */
    Outcome<MonitoringCommittee> install(InstallCommittee command) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(command.framework());
            Meeting meeting = meetingOf(framework.id(), command.meeting());
            List<OrganisationId> members = command.members().stream()
                    .map(CommitteeMember::organisation).toList();
            Situation situation = flow.situation(framework, members);
            return Intent.within(situation, changes -> {
                if (situation.committee().isPresent()) {
                    throw new InvariantViolationException("committee.installed",
                            "framework " + framework.id() + " already has a monitoring committee");
                }
                // The one committee is decided on this version of the framework, saved with it.
                changes.add(framework);
                ActionPlan plan = planInForce(situation, "install a monitoring committee");
                Period period = command.period() == null ? plan.period() : command.period();
                return MonitoringCommittee.install(framework.id(), meeting.id(), command.on(), command.members(),
                        command.scope(), command.duties(), period, plan.id());
            });
        });
    }

    /**
     * A person joins the installed committee for a current member organisation, in the category of
     * its membership.
     *
     * @throws InvariantViolationException if the framework has no committee, or the rules let it
     *                                     through while the organisation is not a current member
     */
    Outcome<MonitoringCommittee> addMember(AddCommitteeMember command) {
        return onSeat(command, command.framework(), command.organisation(), (framework, committee) -> {
            Membership membership = framework.currentMembership(command.organisation())
                    .orElseThrow(() -> new InvariantViolationException("committee.not-a-framework-member",
                            "organisation " + command.organisation() + " is not a current member of framework "
                                    + framework.id()));
            committee.addMember(CommitteeMember.from(command.from(), command.organisation(), membership.category(),
                    command.person()));
        });
    }

    /** @throws InvariantViolationException if the framework has no committee or the person does not sit on it */
    Outcome<MonitoringCommittee> removeMember(RemoveCommitteeMember command) {
        return onSeat(command, command.framework(), command.organisation(), (framework, committee) ->
                committee.removeMember(command.organisation(), command.person(), command.lastDay(), command.reason()));
    }

    /** A change to a seat of the installed committee, for {@code organisation}. */
    private Outcome<MonitoringCommittee> onSeat(Command command, FrameworkId id, OrganisationId organisation,
            BiConsumer<ConsultationFramework, MonitoringCommittee> change) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(id);
            return Intent.within(flow.situation(framework, List.of(organisation)), changes -> {
                MonitoringCommittee committee = committeeOf(framework.id());
                change.accept(framework, committee);
                return committee;
            });
        });
    }

    Outcome<MonitoringCommittee> reviseMandate(ReviseMandate command) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(command.framework());
            ActionPlan plan = planOf(framework.id(), command.plan());
            return Intent.within(flow.situation(framework), changes -> {
                MonitoringCommittee committee = committeeOf(framework.id());
                committee.reviseMandate(command.scope(), command.duties(), command.period(), plan.id(),
                        command.reason(), command.on());
                return committee;
            });
        });
    }

    /** @throws InvariantViolationException if the rules let it through while no plan is in force */
    Outcome<MonitoringCommittee> fileReport(FileReport command) {
        return onCommittee(command, command.framework(), situation -> {
            ActionPlan plan = planInForce(situation, "file a progress report");
            MonitoringCommittee committee = committeeOf(command.framework());
            committee.fileReport(plan.id(), command.summary(), command.on());
            return committee;
        });
    }

    Outcome<MonitoringCommittee> recordObstacle(RecordObstacle command) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(command.framework());
            ActionPlan plan = planOf(framework.id(), command.plan());
            plan.action(command.action());
            return Intent.within(flow.situation(framework), changes -> {
                MonitoringCommittee committee = committeeOf(framework.id());
                committee.recordObstacle(plan.id(), command.action(), command.description(), command.on());
                return committee;
            });
        });
    }

    Outcome<MonitoringCommittee> resolveObstacle(ResolveObstacle command) {
        return onCommittee(command, command.framework(), situation -> {
            MonitoringCommittee committee = committeeOf(command.framework());
            committee.resolveObstacle(command.obstacle(), command.resolution(), command.on());
            return committee;
        });
    }

    private Outcome<MonitoringCommittee> onCommittee(Command command, FrameworkId id,
            Function<Situation, MonitoringCommittee> change) {
        return flow.run(command, () -> {
            ConsultationFramework framework = repositories.frameworks().get(id);
            Situation situation = flow.situation(framework);
            return Intent.within(situation, changes -> change.apply(situation));
        });
    }

    /** The committee as stored, to change it. */
    private MonitoringCommittee committeeOf(FrameworkId framework) {
        return repositories.committees().findByFramework(framework).orElseThrow(() -> new InvariantViolationException(
                "committee.not-installed", "framework " + framework + " has no monitoring committee"));
    }

    private static ActionPlan planInForce(Situation situation, String action) {
        return situation.planInForce().orElseThrow(() -> new InvariantViolationException("plan.none-in-force",
                "cannot " + action + ": framework " + situation.framework().id() + " has no plan in force"));
    }
}
