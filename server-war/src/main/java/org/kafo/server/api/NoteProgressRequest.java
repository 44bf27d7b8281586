package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Limits;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.NoteProgress;

/** Someone notes how an action is going. */
@Schema(example = "{\"author\": \"5d7e1c7a-0c1d-4a5f-8d2f-2f1a7b9e0c22\", \"text\": \"Le planage est fait à moitié.\", \"on\": \"2008-05-20\"}")
public record NoteProgressRequest(UUID author, @Schema(maxLength = Limits.TEXT) String text, LocalDate on) {

    public NoteProgress toCommand(PlanId plan, ActionId action) {
        return new NoteProgress(plan, action, Wire.id(author, OrganisationId::new), text, on);
    }
}
