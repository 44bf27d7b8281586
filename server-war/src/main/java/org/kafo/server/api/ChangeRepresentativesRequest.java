package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.ChangeRepresentatives;

/** The people who represent a current member in the framework from a day on: they replace the previous ones. */
@Schema(example = """
        {"representatives": [{"name": "Oumou Sangaré", "sex": "FEMALE", "youth": false, "role": "présidente"}],
         "on": "2009-01-15"}""")
public record ChangeRepresentativesRequest(List<PersonValue> representatives, LocalDate on) {

    public ChangeRepresentatives toCommand(FrameworkId framework, OrganisationId organisation) {
        return new ChangeRepresentatives(framework, organisation, Wire.list(representatives, PersonValue::toModel), on);
    }
}
