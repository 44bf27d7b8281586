package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Require;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.PlanId;

/** What a contribution names, pledged or delivered: all of it is required. */
final class Contributions {

    private Contributions() {
    }

    static void requireTerms(PlanId plan, ActionId action, OrganisationId party, ContributionForm form, Money amount,
            LocalDate on) {
        Require.present(plan, "plan");
        Require.present(action, "action");
        Require.present(party, "party");
        Require.present(form, "form");
        Require.present(amount, "amount");
        Require.present(on, "on");
    }
}
