package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.RemoveCommitteeMember;

/** {@code person}, who sits for {@code organisation}, leaves the committee after {@code lastDay} (MON-1). */
@Schema(example = """
        {"organisation": "9b2f6c1e-0d4a-4b8e-9c51-3f7a2d8e6b10", "person": "Seydou Dembélé",
         "lastDay": "2008-06-30", "reason": "Parti en exode"}""")
public record RemoveCommitteeMemberRequest(UUID organisation, @Schema(maxLength = Limits.NAME) String person,
        LocalDate lastDay, @Schema(maxLength = Limits.TEXT) String reason) {

    public RemoveCommitteeMember toCommand(FrameworkId framework) {
        return new RemoveCommitteeMember(framework, Wire.id(organisation, OrganisationId::new),
                person, lastDay, reason);
    }
}
