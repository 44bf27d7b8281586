package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.server.api.ActionSpecValue.PdescValue;

/** A priority action of a plan: who does it, by when, its cost and who pays what, and how it went. */
@Schema(name = "Action")
public record ActionView(UUID id, String title, String sector, ActionKind kind, UUID responsible, LocalDate dueDate,
        MoneyValue estimatedCost, MoneyValue pledged, MoneyValue delivered, List<CostShareValue> costShares,
        PdescValue pdesc, List<UUID> addresses, UUID carriedFrom, ActionStatus status, String statusReason,
        LocalDate completedOn, List<NoteValue> notes) {

    /** A party's share of an action's cost: pledged, and delivered so far. */
    @Schema(name = "CostShare")
    public record CostShareValue(UUID party, ContributionForm form, MoneyValue pledged, MoneyValue delivered) {

        static CostShareValue of(CostShare share) {
            return new CostShareValue(share.party().value(), share.form(), MoneyValue.of(share.pledged()),
                    MoneyValue.of(share.delivered()));
        }
    }

    /** What someone observed of the action's progress on a day. */
    @Schema(name = "ProgressNote")
    public record NoteValue(LocalDate on, UUID author, String text) {
    }

    public static ActionView of(Action action) {
        return new ActionView(action.id().value(), action.title(), action.sector().code(), action.kind(),
                action.responsible().value(), action.dueDate(), MoneyValue.of(action.estimatedCost()),
                MoneyValue.of(action.pledged()), MoneyValue.of(action.delivered()),
                action.costShares().stream().map(CostShareValue::of).toList(),
                PdescValue.of(action.pdescReference().orElse(null)),
                action.addresses().stream().map(n -> n.value()).toList(),
                action.carriedFromAction().map(a -> a.value()).orElse(null), action.status(), action.statusReason(),
                action.completedOn(),
                action.notes().stream().map(n -> new NoteValue(n.on(), n.author().value(), n.text())).toList());
    }
}
