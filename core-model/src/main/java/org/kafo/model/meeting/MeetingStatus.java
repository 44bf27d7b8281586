package org.kafo.model.meeting;

/** Where a meeting stands. */
public enum MeetingStatus {
    /** Date and venue set. */
    PLANNED,
    /** Invitations sent with the agenda. */
    CONVENED,
    /** It took place; attendance is final. */
    HELD,
    /** It will not take place. */
    CANCELLED
}
