package org.kafo.model.plan;

/** How a party contributes to an action's cost. */
public enum ContributionForm {
    CASH,
    /** Labour, materials, land, premises, valued in money. */
    IN_KIND
}
