package org.kafo.model.plan;

/** How a review closes an action. */
public enum ReviewOutcome {
    DONE(ActionStatus.DONE),
    CARRIED_OVER(ActionStatus.CARRIED_OVER),
    DROPPED(ActionStatus.DROPPED);

    private final ActionStatus status;

    ReviewOutcome(ActionStatus status) {
        this.status = status;
    }

    public ActionStatus status() {
        return status;
    }
}
