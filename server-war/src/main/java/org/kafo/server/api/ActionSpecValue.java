package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Limits;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.PdescReference;

/**
 * A priority action as the meeting agreed it: who answers for it, by when, what it costs and who
 * pays what ({@code costShares}), the needs it addresses and the action of the previous plan it
 * continues ({@code carriedFrom}).
 */
@Schema(name = "ActionSpec")
public record ActionSpecValue(@Schema(maxLength = Limits.NAME) String title,
        @Schema(maxLength = Limits.CODE) String sector, ActionKind kind, UUID responsible, LocalDate dueDate,
        MoneyValue estimatedCost, List<PledgeValue> costShares, PdescValue pdesc, List<UUID> addresses,
        UUID carriedFrom) {

    /** A party's pledge to an action, in cash or in kind. */
    @Schema(name = "Pledge", example = "{\"party\": \"9a1b2c3d-0c1d-4a5f-8d2f-2f1a7b9e0c33\", \"form\": \"CASH\", \"pledged\": {\"amount\": 16500000, \"currency\": \"XOF\"}}")
    public record PledgeValue(UUID party, ContributionForm form, MoneyValue pledged) {
    }

    /** Where the commune registered the action: its PDESC entry and, once financed, the budget line. */
    @Schema(name = "PdescReference", example = "{\"pdescEntry\": \"PDESC 2006-2010, axe 2.3\", \"budgetLine\": \"BP 2008 / 21-35\"}")
    public record PdescValue(@Schema(maxLength = Limits.NAME) String pdescEntry,
            @Schema(maxLength = Limits.NAME) String budgetLine) {

        public static PdescValue of(PdescReference reference) {
            return reference == null ? null : new PdescValue(reference.pdescEntry(), reference.budgetLine());
        }

        public static PdescReference toModel(PdescValue value) {
            return value == null ? null : new PdescReference(value.pdescEntry, value.budgetLine);
        }
    }

    public ActionSpec toModel() {
        return new ActionSpec(title, Wire.sector(sector), kind, Wire.id(responsible, OrganisationId::new), dueDate,
                MoneyValue.toModel(estimatedCost),
                Wire.list(costShares, s -> CostShare.pledge(Wire.id(Wire.required(s.party(), "party"), OrganisationId::new),
                        Wire.required(s.form(), "form"), Wire.required(MoneyValue.toModel(s.pledged()), "pledged"))),
                PdescValue.toModel(pdesc), Wire.list(addresses, NeedId::new), Wire.id(carriedFrom, ActionId::new));
    }
}
