package org.kafo.server.access;

/**
 * What a person is in one commune's frameworks; the platform administrator is not a role in a
 * framework but a flag of the account ({@link Identity#administrator()}), and is no party.
 */
public enum Role {
    /** The municipality's representatives: deliberation, meetings, plans, the committee's installation. */
    COMMUNE_OFFICER,
    /** Speaks for one professional organisation: its needs, its actions and its contributions. */
    ORGANISATION_REPRESENTATIVE,
    /** Follows the plan: reports, obstacles, the status of actions. */
    COMMITTEE_MEMBER,
    /** A deconcentrated technical service: reads. */
    TECHNICAL_SERVICE,
    /** A technical and financial partner, or an observer: reads. */
    PARTNER_OBSERVER
}
