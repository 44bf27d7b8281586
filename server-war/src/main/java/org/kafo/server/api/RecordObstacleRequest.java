package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.RecordObstacle;

/** The committee records what blocks an action of the plan in force (MON-3 puts it on the next agenda). */
@Schema(example = """
        {"plan": "b2b2b2b2-0c1d-4a5f-8d2f-2f1a7b9e0c77", "action": "a1a1a1a1-0c1d-4a5f-8d2f-2f1a7b9e0c66",
         "description": "La motopompe commandée n'est pas livrée", "on": "2008-05-25"}""")
public record RecordObstacleRequest(UUID plan, UUID action, @Schema(maxLength = Limits.TEXT) String description,
        LocalDate on) {

    public RecordObstacle toCommand(FrameworkId framework) {
        return new RecordObstacle(framework, Wire.id(plan, PlanId::new), Wire.id(action, ActionId::new), description, on);
    }
}
