package org.kafo.rules.process;

import java.util.HashSet;
import java.util.Set;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.rules.Situation;
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
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.NoteProgress;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordDeliberation;
import org.kafo.rules.command.RecordMinutes;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.command.RegisterInPdesc;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ResumeFramework;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.command.WithdrawNeed;

/**
 * What the framework's lifecycle allows, command by command, before the rules are asked. It is a
 * model invariant ({@link ConsultationFramework#requireWorking()}, {@link ConsultationFramework#requireChangeable()}),
 * not a rule of the book: no profile can let a dissolved framework meet.
 * <ul>
 * <li>meetings, plans and the monitoring committee: the framework is established or active;</li>
 * <li>members and needs: it is proposed, established or active (a suspended framework is read
 * only, a dissolved one accepts nothing);</li>
 * <li>establishing, suspending, resuming and dissolving it, and a later deliberation about it: the
 * framework's own status order decides (a later deliberation needs it established and not
 * dissolved; a renewal resumes a suspended one).</li>
 * </ul>
 * Territory and organisations are outside any framework.
 */
final class Lifecycle {

    private static final Set<Class<? extends Command>> CHANGE_MEMBERS_OR_NEEDS = Set.of(AdmitMember.class,
            EndMembership.class, RecordNeed.class, WithdrawNeed.class, ChangeRepresentatives.class, CorrectNeed.class);

    private static final Set<Class<? extends Command>> CHANGE_STATUS = Set.of(EstablishFramework.class,
            SuspendFramework.class, ResumeFramework.class, DissolveFramework.class, RecordDeliberation.class);

    private static final Set<Class<? extends Command>> MEET_PLAN_OR_MONITOR = Set.of(ConveneMeeting.class,
            RecordAttendance.class, HoldMeeting.class, RecordMinutes.class, ApproveMinutes.class, ReviewPlan.class,
            AdoptActionPlan.class, ChangeActionStatus.class, NoteProgress.class, PledgeContribution.class,
            DeliverContribution.class, RegisterInPdesc.class, InstallCommittee.class, ReviseMandate.class,
            FileReport.class, RecordObstacle.class, ResolveObstacle.class, PostponeMeeting.class, CancelMeeting.class,
            AddCommitteeMember.class, RemoveCommitteeMember.class);

    /**
     * @throws org.kafo.model.common.InvariantViolationException if the framework of the situation is not
     *                                                          in a status that allows the command
     */
    void require(Command command, Situation situation) {
        if (!situation.hasFramework()) {
            return;
        }
        ConsultationFramework framework = situation.framework();
        Class<? extends Command> type = command.getClass();
        if (MEET_PLAN_OR_MONITOR.contains(type)) {
            framework.requireWorking();
        } else if (CHANGE_MEMBERS_OR_NEEDS.contains(type)) {
            framework.requireChangeable();
        } else if (!CHANGE_STATUS.contains(type)) {
            throw new IllegalStateException("the lifecycle does not say what " + type.getSimpleName() + " needs");
        }
    }

    /** The commands about a framework whose lifecycle this says, for a test that none is forgotten. */
    static Set<Class<? extends Command>> commandsWithinAFramework() {
        return union(MEET_PLAN_OR_MONITOR, CHANGE_MEMBERS_OR_NEEDS, CHANGE_STATUS);
    }

    @SafeVarargs
    private static Set<Class<? extends Command>> union(Set<Class<? extends Command>>... sets) {
        Set<Class<? extends Command>> all = new HashSet<>();
        for (Set<Class<? extends Command>> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
