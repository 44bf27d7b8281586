package org.kafo.model.need;

/** What professionals ask for. */
public enum NeedKind {
    /** A structural investment: a scheme, a borehole, a warehouse, a market shed, a road. */
    INVESTMENT,
    /** A measure that improves the business environment: fees, land security, market days, information. */
    BUSINESS_ENVIRONMENT_MEASURE,
    /** Training and strengthening of the actors and their organisations. */
    CAPACITY_BUILDING
}
