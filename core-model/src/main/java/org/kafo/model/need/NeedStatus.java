package org.kafo.model.need;

/** Where a need stands. */
public enum NeedStatus {
    /** Identified, not yet in a plan. */
    OPEN,
    /** At least one action of a plan addresses it. */
    PLANNED,
    /** Met: the actions that address it are done. */
    MET,
    /** Withdrawn by those who raised it, with a reason. */
    WITHDRAWN
}
