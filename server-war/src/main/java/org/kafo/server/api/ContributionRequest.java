package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.ActionId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.DeliverContribution;
import org.kafo.rules.command.PledgeContribution;

/** A party pledges to an action's cost (or raises its pledge), or hands over part of its pledge. */
@Schema(example = "{\"party\": \"5d7e1c7a-0c1d-4a5f-8d2f-2f1a7b9e0c22\", \"form\": \"IN_KIND\", \"amount\": {\"amount\": 500000, \"currency\": \"XOF\"}, \"on\": \"2008-05-15\"}")
public record ContributionRequest(UUID party, ContributionForm form, MoneyValue amount, LocalDate on) {

    public PledgeContribution toPledge(PlanId plan, ActionId action) {
        return new PledgeContribution(plan, action, Wire.id(party, OrganisationId::new), form,
                MoneyValue.toModel(amount), on);
    }

    public DeliverContribution toDelivery(PlanId plan, ActionId action) {
        return new DeliverContribution(plan, action, Wire.id(party, OrganisationId::new), form,
                MoneyValue.toModel(amount), on);
    }
}
