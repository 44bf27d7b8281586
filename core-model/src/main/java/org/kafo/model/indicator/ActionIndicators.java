package org.kafo.model.indicator;

/**
 * The actions of the plans adopted on or before the day, by status (the names of
 * {@link org.kafo.model.plan.ActionStatus}), and how many were done on schedule. An action carried
 * over counts in its plan as carried over and in the next plan again.
 *
 * @param total          every action
 * @param planned        planned, not started
 * @param inProgress     started
 * @param blocked        stuck on an obstacle
 * @param done           done
 * @param carriedOver    moved into the next plan
 * @param dropped        given up with a reason
 * @param due            actions whose due date is on or before the day
 * @param doneOnSchedule of those, the ones done no later than their due date
 * @param overdue        actions still open after their due date
 */
public record ActionIndicators(long total, long planned, long inProgress, long blocked, long done,
        long carriedOver, long dropped, long due, long doneOnSchedule, long overdue) {

    public static final ActionIndicators NONE = new ActionIndicators(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Done on schedule, of the actions due by the day. */
    public Share doneOnScheduleShare() {
        return Share.of(doneOnSchedule, due);
    }

    public ActionIndicators plus(ActionIndicators o) {
        return new ActionIndicators(total + o.total, planned + o.planned, inProgress + o.inProgress,
                blocked + o.blocked, done + o.done, carriedOver + o.carriedOver, dropped + o.dropped, due + o.due,
                doneOnSchedule + o.doneOnSchedule, overdue + o.overdue);
    }
}
