package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Limits;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.command.ReviewPlan;

/** A held meeting reviews the plan in force: each action done, carried over, or dropped with a reason. */
@Schema(example = """
        {"meeting": "c0ffee00-0c1d-4a5f-8d2f-2f1a7b9e0c55", "on": "2008-07-05",
         "decisions": [{"action": "a1a1a1a1-0c1d-4a5f-8d2f-2f1a7b9e0c66", "outcome": "CARRIED_OVER",
                        "reason": "Motopompe livrée en retard"}]}""")
public record ReviewPlanRequest(UUID meeting, List<DecisionValue> decisions, LocalDate on) {

    /** The meeting's decision on one action. */
    @Schema(name = "ReviewDecision")
    public record DecisionValue(UUID action, ReviewOutcome outcome,
            @Schema(maxLength = Limits.TEXT) String reason) {
    }

    public ReviewPlan toCommand(PlanId plan) {
        return new ReviewPlan(plan, Wire.id(meeting, MeetingId::new),
                Wire.list(decisions, d -> new ActionReview(Wire.id(d.action(), ActionId::new), d.outcome(), d.reason())),
                on);
    }
}
