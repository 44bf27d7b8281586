package org.kafo.model.plan;

/** What an action of a plan is. */
public enum ActionKind {
    /** Building infrastructure: a scheme (PIV), a borehole, a well, a warehouse, a market shed, a road. */
    INFRASTRUCTURE(true),
    /** Durable equipment: a motor pump, a buried-pipe network, fencing. */
    EQUIPMENT(true),
    /** An investment that creates no asset: a study, an inventory, a land survey. */
    NON_CAPITAL_INVESTMENT(false),
    /** A measure on the business environment: fees, land agreements, market days, tax transparency. */
    BUSINESS_ENVIRONMENT_MEASURE(false),
    /** Training of actors and organisations. */
    TRAINING(false),
    /** Meeting logistics: invitations, rooms, chair hire, accommodation. */
    LOGISTICS(false),
    /** Informing members and the public: radio reports, restitutions. */
    COMMUNICATION(false),
    /** An organisation's own affairs: member travel, opening accounts, formalisation. */
    ORGANISATIONAL(false),
    OTHER(false);

    private final boolean capitalInvestment;

    ActionKind(boolean capitalInvestment) {
        this.capitalInvestment = capitalInvestment;
    }

    /** Whether it creates a durable asset (a capital investment). */
    public boolean isCapitalInvestment() {
        return capitalInvestment;
    }
}
