package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Limits;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.ChangeActionStatus;

/** An open action moves on: IN_PROGRESS, BLOCKED (with a reason), DONE. */
@Schema(example = "{\"status\": \"IN_PROGRESS\", \"on\": \"2008-05-02\"}")
public record ChangeActionStatusRequest(ActionStatus status, @Schema(maxLength = Limits.TEXT) String reason,
        LocalDate on) {

    public ChangeActionStatus toCommand(PlanId plan, ActionId action) {
        return new ChangeActionStatus(plan, action, status, reason, on);
    }
}
