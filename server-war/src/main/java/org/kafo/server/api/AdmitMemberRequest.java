package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.AdmitMember;

/** An organisation joins the framework from a day on, for some of its priority sectors, with its representatives. */
@Schema(example = """
        {"organisation": "5d7e1c7a-0c1d-4a5f-8d2f-2f1a7b9e0c22", "sectors": ["small-scale-irrigation"],
         "representatives": [{"name": "Bakary Coulibaly", "sex": "MALE", "youth": false, "role": "président"}],
         "from": "2008-03-01"}""")
public record AdmitMemberRequest(UUID organisation, List<String> sectors, List<PersonValue> representatives,
        LocalDate from) {

    public AdmitMember toCommand(FrameworkId framework) {
        return new AdmitMember(framework, Wire.id(organisation, OrganisationId::new), Wire.sectors(sectors),
                Wire.list(representatives, PersonValue::toModel), from);
    }
}
