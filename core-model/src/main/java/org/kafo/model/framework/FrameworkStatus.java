package org.kafo.model.framework;

/** The life of a framework: proposed, established by the council, active once it meets. */
public enum FrameworkStatus {
    /** Sectors and parties identified; the council has not yet deliberated. */
    PROPOSED,
    /** Established by a council deliberation; no meeting held yet. */
    ESTABLISHED,
    /** Meeting, planning and monitoring. */
    ACTIVE,
    /** Paused, for a reason; it can resume. */
    SUSPENDED,
    /** Ended for good. */
    DISSOLVED
}
