package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.plan.ActionPlan;

/** The action plan of one cycle: adopted at a meeting, its period and actions, and the review that closed it. */
@Schema(name = "ActionPlan")
public record PlanView(UUID id, long version, UUID framework, int cycle, UUID previous, PeriodValue period,
        UUID adoptedAt, LocalDate adoptedOn, boolean inForce, UUID reviewedAt, LocalDate reviewedOn,
        List<ActionView> actions) {

    public static PlanView of(ActionPlan plan) {
        return new PlanView(plan.id().value(), plan.version(), plan.framework().value(), plan.cycle(),
                plan.previous().map(p -> p.value()).orElse(null), PeriodValue.of(plan.period()),
                plan.adoptedAt().value(), plan.adoptedOn(), plan.isInForce(),
                plan.review().map(r -> r.meeting().value()).orElse(null),
                plan.review().map(r -> r.reviewedOn()).orElse(null),
                plan.actions().stream().map(ActionView::of).toList());
    }
}
