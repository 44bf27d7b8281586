package org.kafo.rules.indicator;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionStatus;
import org.kafo.rules.Situation;

/**
 * The actions of the plans adopted on or before the day, by status, and how many were done on
 * schedule. An action carried over counts in its plan as carried over and in the next plan again.
 *
 * @param total          every action
 * @param notStarted     planned, not started
 * @param inProgress     started
 * @param blocked        stuck on an obstacle
 * @param done           done
 * @param carriedOver    moved into the next plan
 * @param dropped        given up with a reason
 * @param due            actions whose due date is on or before the day
 * @param doneOnSchedule of those, the ones done no later than their due date
 * @param overdue        actions still open after their due date
 */
public record ActionIndicators(long total, long notStarted, long inProgress, long blocked, long done,
        long carriedOver, long dropped, long due, long doneOnSchedule, long overdue) {

    public static final ActionIndicators NONE = new ActionIndicators(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static ActionIndicators compute(Situation situation, LocalDate day) {
        List<Action> actions = AsOf.actionsAdopted(situation, day).toList();
        List<Action> due = actions.stream().filter(a -> AsOf.onOrBefore(a.dueDate(), day)).toList();
        return new ActionIndicators(actions.size(), count(actions, ActionStatus.PLANNED),
                count(actions, ActionStatus.IN_PROGRESS), count(actions, ActionStatus.BLOCKED),
                count(actions, ActionStatus.DONE), count(actions, ActionStatus.CARRIED_OVER),
                count(actions, ActionStatus.DROPPED), due.size(), due.stream().filter(Action::isDoneOnSchedule).count(),
                actions.stream().filter(a -> a.isOverdueOn(day)).count());
    }

    private static long count(List<Action> actions, ActionStatus status) {
        return actions.stream().filter(a -> a.status() == status).count();
    }

    /** Done on schedule, of the actions due by the day. */
    public Share doneOnScheduleShare() {
        return Share.of(doneOnSchedule, due);
    }

    public ActionIndicators plus(ActionIndicators o) {
        return new ActionIndicators(total + o.total, notStarted + o.notStarted, inProgress + o.inProgress,
                blocked + o.blocked, done + o.done, carriedOver + o.carriedOver, dropped + o.dropped, due + o.due,
                doneOnSchedule + o.doneOnSchedule, overdue + o.overdue);
    }
}
