package org.kafo.model.plan;

import java.util.EnumSet;
import java.util.Set;

/** Where an action stands. The last three close it when its plan is reviewed. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    /** Stuck on an obstacle. */
    BLOCKED,
    DONE,
    /** Moved into the next plan. */
    CARRIED_OVER,
    /** Given up, with a reason. */
    DROPPED;

    private static final Set<ActionStatus> CLOSED = EnumSet.of(DONE, CARRIED_OVER, DROPPED);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** Whether the committee or the responsible party may move an open action to {@code next}. */
    public boolean canMoveTo(ActionStatus next) {
        return switch (this) {
            case PLANNED -> next == IN_PROGRESS || next == BLOCKED || next == DONE;
            case IN_PROGRESS -> next == BLOCKED || next == DONE;
            case BLOCKED -> next == IN_PROGRESS || next == DONE;
            case DONE, CARRIED_OVER, DROPPED -> false;
        };
    }
}
