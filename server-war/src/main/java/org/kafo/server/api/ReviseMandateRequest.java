package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.ReviseMandate;

/** The committee's mandate evolves with results and new needs: a new revision, with its reason. */
@Schema(example = """
        {"scope": "Suivi du plan d'action du deuxième trimestre", "duties": ["Suivre le PIV reporté"],
         "period": {"start": "2008-07-05", "end": "2008-10-04"}, "plan": "b2b2b2b2-0c1d-4a5f-8d2f-2f1a7b9e0c77",
         "reason": "Nouveau plan adopté", "on": "2008-07-05"}""")
public record ReviseMandateRequest(@Schema(maxLength = Limits.TEXT) String scope, List<String> duties,
        PeriodValue period, UUID plan, @Schema(maxLength = Limits.TEXT) String reason,
        LocalDate on) {

    public ReviseMandate toCommand(FrameworkId framework) {
        return new ReviseMandate(framework, scope, duties, PeriodValue.toModel(period), Wire.id(plan, PlanId::new),
                reason, on);
    }
}
