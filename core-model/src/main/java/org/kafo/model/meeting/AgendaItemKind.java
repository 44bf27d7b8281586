package org.kafo.model.meeting;

/** What an agenda item is about. */
public enum AgendaItemKind {
    /** Review of an action of the plan in force. */
    ACTION_REVIEW,
    /** An obstacle reported by the monitoring committee. */
    OBSTACLE,
    /** Needs to negotiate into the next plan. */
    NEEDS,
    /** Adoption of the next action plan. */
    PLAN_ADOPTION,
    /** The monitoring committee: its installation, membership or mandate. */
    COMMITTEE,
    /** Anything else. */
    OTHER
}
