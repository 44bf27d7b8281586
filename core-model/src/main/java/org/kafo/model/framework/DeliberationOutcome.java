package org.kafo.model.framework;

/** What a deliberation taken after the framework's establishment decided about it. */
public enum DeliberationOutcome {
    /** The framework is confirmed (a new council after elections, a special delegation); a suspended one resumes. */
    RENEWAL,
    /** The framework's priority sectors are replaced. */
    SECTORS_CHANGE,
    /** The framework is dissolved, for the reason the deliberation's decision gives. */
    DISSOLUTION
}
