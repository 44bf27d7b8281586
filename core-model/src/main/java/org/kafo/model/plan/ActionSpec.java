package org.kafo.model.plan;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Require;
import org.kafo.model.common.Sector;
import org.kafo.model.need.NeedId;
import org.kafo.model.organisation.OrganisationId;

/**
 * An action as the meeting agreed it, before it is part of an adopted plan. The plan checks it
 * when it becomes an {@link Action}.
 *
 * @param costShares  who pledged what; the plan's policy decides whether they must add up; no element
 *                    of a list is null ({@code required}, naming the list)
 * @param pdesc       where the commune registered it, when it owns it; optional
 * @param addresses   the needs it addresses
 * @param carriedFrom the action of the previous plan it continues; optional
 */
public record ActionSpec(String title, Sector sector, ActionKind kind, OrganisationId responsible, LocalDate dueDate,
        Money estimatedCost, List<CostShare> costShares, PdescReference pdesc, List<NeedId> addresses,
        ActionId carriedFrom) {

    public ActionSpec {
        costShares = Require.optionalList(costShares, "cost shares");
        addresses = Require.optionalList(addresses, "addresses");
    }

    /** A new action with no PDESC entry, need or predecessor yet. */
    public static ActionSpec of(String title, Sector sector, ActionKind kind, OrganisationId responsible,
            LocalDate dueDate, Money estimatedCost, List<CostShare> costShares) {
        return new ActionSpec(title, sector, kind, responsible, dueDate, estimatedCost, costShares, null, List.of(),
                null);
    }

    public ActionSpec addressing(List<NeedId> needs) {
        return new ActionSpec(title, sector, kind, responsible, dueDate, estimatedCost, costShares, pdesc, needs,
                carriedFrom);
    }

    public ActionSpec registeredIn(PdescReference reference) {
        return new ActionSpec(title, sector, kind, responsible, dueDate, estimatedCost, costShares, reference,
                addresses, carriedFrom);
    }

    public ActionSpec carriedFrom(ActionId previous) {
        return new ActionSpec(title, sector, kind, responsible, dueDate, estimatedCost, costShares, pdesc, addresses,
                previous);
    }
}
