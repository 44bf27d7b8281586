package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.EndMembership;

/** The organisation leaves the framework; {@code lastDay} is its last day as a member. */
@Schema(example = "{\"lastDay\": \"2009-12-31\", \"reason\": \"Dissolution de l'association\"}")
public record EndMembershipRequest(LocalDate lastDay, @Schema(maxLength = Limits.TEXT) String reason) {

    public EndMembership toCommand(FrameworkId framework, OrganisationId organisation) {
        return new EndMembership(framework, organisation, lastDay, reason);
    }
}
