package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.PlanId;

/** A party hands over part or all of its pledge. */
public record DeliverContribution(PlanId plan, ActionId action, OrganisationId party, ContributionForm form, Money amount, LocalDate on) implements Command {

    public DeliverContribution {
        Contributions.requireTerms(plan, action, party, form, amount, on);
    }
}
