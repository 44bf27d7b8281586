package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Limits;
import org.kafo.model.plan.PdescReference;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.RegisterInPdesc;

/** The commune registers an action it owns in its PDESC and, once financed, its budget line. */
@Schema(example = "{\"pdescEntry\": \"PDESC 2006-2010, axe 2.3\", \"budgetLine\": \"BP 2008 / 21-35\", \"on\": \"2008-05-10\"}")
public record RegisterInPdescRequest(@Schema(maxLength = Limits.NAME) String pdescEntry,
        @Schema(maxLength = Limits.NAME) String budgetLine, LocalDate on) {

    public RegisterInPdesc toCommand(PlanId plan, ActionId action) {
        return new RegisterInPdesc(plan, action, new PdescReference(pdescEntry, budgetLine), on);
    }
}
