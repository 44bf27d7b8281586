package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.ConveneMeeting;

/**
 * The municipality convenes the framework's next meeting. The agenda is built by the process (open
 * actions, unresolved obstacles, open needs, adoption of the next plan), then {@code additionalItems};
 * with no {@code invitees} every current member is invited.
 */
@Schema(example = """
        {"plannedOn": "2008-04-10", "venue": "Salle de la mairie de Dioro",
         "convenedBy": "9a1b2c3d-0c1d-4a5f-8d2f-2f1a7b9e0c33", "issuedOn": "2008-03-31",
         "additionalItems": [{"title": "Divers", "kind": "OTHER"}]}""")
public record ConveneMeetingRequest(LocalDate plannedOn, @Schema(maxLength = Limits.NAME) String venue,
        UUID convenedBy, LocalDate issuedOn,
        List<UUID> invitees, List<AgendaItemValue> additionalItems) {

    public ConveneMeeting toCommand(FrameworkId framework) {
        return new ConveneMeeting(framework, plannedOn, venue, Wire.id(convenedBy, OrganisationId::new), issuedOn,
                Wire.list(invitees, OrganisationId::new), Wire.list(additionalItems, AgendaItemValue::toModel));
    }
}
