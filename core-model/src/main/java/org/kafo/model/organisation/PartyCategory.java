package org.kafo.model.organisation;

/** The categories of parties to a consultation framework, as the approach names them. */
public enum PartyCategory {
    /** The commune's municipality: mayor, councillors, commune staff. */
    MUNICIPALITY,
    /** Groups, cooperatives, associations and unions of sector actors. */
    PROFESSIONAL_ORGANISATION,
    /** Deconcentrated state services: agriculture, rural engineering, water, ... */
    TECHNICAL_SERVICE,
    /** Technical and financial partners: donors and their programmes. */
    PARTNER,
    /** Non-governmental organisations appropriate to or active in the sectors. */
    NGO,
    /** The programme that supports the approach (PACT): methods, moderation, training. */
    SUPPORT_PROGRAMME
}
