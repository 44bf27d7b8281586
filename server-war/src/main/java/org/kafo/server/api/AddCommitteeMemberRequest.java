package org.kafo.server.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.AddCommitteeMember;

/**
 * A person joins the monitoring committee from {@code from}, for a current member organisation of the
 * framework (MON-4), in the category of its membership.
 */
@Schema(example = """
        {"organisation": "9b2f6c1e-0d4a-4b8e-9c51-3f7a2d8e6b10",
         "person": {"name": "Awa Sanogo", "sex": "FEMALE", "youth": true}, "from": "2008-07-01"}""")
public record AddCommitteeMemberRequest(UUID organisation, PersonValue person, LocalDate from) {

    public AddCommitteeMember toCommand(FrameworkId framework) {
        return new AddCommitteeMember(framework, Wire.id(organisation, OrganisationId::new),
                person == null ? null : person.toModel(), from);
    }
}
