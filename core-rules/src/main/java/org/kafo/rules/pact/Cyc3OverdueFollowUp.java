package org.kafo.rules.pact;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.internal.Overdue;

/**
 * CYC-3 (a default of the PACT profile, warning): a framework is followed up without waiting for a
 * convocation. "The successive nature of the consultation framework meetings means that progress
 * can be measured": when the plan in force has ended (its last day is before the day asked) and no
 * meeting is convened or planned after the one that adopted it, the framework is overdue; a meeting
 * held since that adopted no next plan does not count once it is over. It is a
 * verdict about the framework's situation on a day, not about a command: it is asked with a
 * {@link FollowUp} ({@code ConsultationProcess.followUp}), which saves nothing. Only an established
 * or active framework is followed up: a suspended or dissolved one is not overdue. The exact test,
 * shared with the indicator of meetings overdue, is {@code org.kafo.rules.internal.Overdue}.
 *
 * <p>On {@link FollowUp}, a warning {@code CYC-3.overdue} naming the plan, its last day and the
 * days since.
 *
 * <p><b>Back on track.</b> A framework that missed a cycle gets back on it the ordinary way, late:
 * <ol>
 *   <li>a late meeting is convened (CYC-2 warns that it comes after the end of the plan in force);
 *       from the day its convocation is issued, CYC-3 says nothing;</li>
 *   <li>the expired plan is reviewed at that meeting once held: the process puts each of its open
 *       actions on the agenda, and CYC-1 requires a decision on each, done, carried over into the
 *       next plan or dropped with a reason;</li>
 *   <li>a new plan is adopted, at that meeting or at a later one (CYC-1), and the cycle runs again
 *       from its period; if the meeting ends without one, the framework is overdue again from the next
 *       day until another meeting is convened.</li>
 * </ol>
 * If the late meeting is cancelled, the framework is overdue again from the day of the cancellation
 * (MEET-2 warns of it), until another meeting is convened.
 */
public final class Cyc3OverdueFollowUp {

    public static final String ID = "CYC-3";

    private Cyc3OverdueFollowUp() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(FollowUp.class, Cyc3OverdueFollowUp::check).severity(Severity.WARNING).build();
    }

    private static List<Verdict> check(FollowUp question, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        return Overdue.planOverdue(situation, question.on())
                .map(plan -> List.of(Verdict.warning(ID, ID + ".overdue", "framework", framework.name(),
                        "plan", plan.cycle(), "end", plan.period().end(),
                        "days", (int) ChronoUnit.DAYS.between(plan.period().end(), question.on()),
                        "frameworkId", framework.id(), "planId", plan.id())))
                .orElse(List.of());
    }
}
