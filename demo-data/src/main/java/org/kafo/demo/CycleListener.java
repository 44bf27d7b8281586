package org.kafo.demo;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.common.Period;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.rules.process.Outcome;

/**
 * Called by {@link PlanCycles} at each step of a commune's story, before or after the simulation's
 * own command: what a listener does there (another command through the same process, a draw from
 * the same random sequence) becomes part of the story. A generator uses it to make the mistakes the
 * rules catch (a plan over three months, a committee without a sector...), or to record what the
 * simulation does not (minutes, progress notes). Every method does nothing unless overridden, and
 * the simulation draws nothing for a listener: without one, the story is the same.
 *
 * <p>The simulation refuses nothing a listener does, but the state it goes on from is its own: a
 * listener's accepted command must not stand in the way of the simulation's next one.
 */
public interface CycleListener {

    /** Listens to nothing. */
    CycleListener NONE = new CycleListener() {
    };

    /** After every answer the process gave a command of the simulation, accepted or refused. */
    default void answered(Outcome<?> outcome) {
    }

    /**
     * After a meeting was held.
     *
     * @param quorum whether it could decide; if not, the simulation convenes it again two weeks later
     */
    default void held(Meeting meeting, boolean quorum) {
    }

    /**
     * Before the review of the plan in force.
     *
     * @param nextPlanFollows whether the meeting adopts another plan after the review
     */
    default void reviewing(ActionPlan plan, MeetingId meeting, LocalDate day, boolean nextPlanFollows) {
    }

    /** Before the adoption of the plan of {@code specs}, which a listener may read, not change. */
    default void adopting(MeetingId meeting, LocalDate day, Period period, List<ActionSpec> specs) {
    }

    /** Before the monitoring committee of {@code members} is installed. */
    default void installing(MeetingId meeting, LocalDate day, List<CommitteeMember> members) {
    }

    /** Before the committee's mandate is revised for the plan just adopted. */
    default void revising(ActionPlan plan, LocalDate day) {
    }

    /**
     * What else happens while {@code plan} runs from {@code start} to {@code end}: played among the
     * simulation's own events, in the order of their days.
     */
    default List<Happening> whileRunning(ActionPlan plan, LocalDate start, LocalDate end) {
        return List.of();
    }

    /** After an action of the plan started. */
    default void started(ActionPlan plan, Action action, LocalDate day) {
    }

    /** Before the committee records an obstacle against an action of the plan in force. */
    default void blocking(ActionPlan plan, Action action, LocalDate day) {
    }

    /** Something that happens on a day while a plan runs. */
    record Happening(LocalDate day, Runnable run) {
    }
}
