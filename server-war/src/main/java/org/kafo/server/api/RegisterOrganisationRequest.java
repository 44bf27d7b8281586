package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.common.Limits;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.command.RegisterOrganisation;

/**
 * An organisation enters the register: a municipality, cooperative, group, association, union,
 * technical service, partner, NGO or support programme; with its member count and legal
 * registration when known.
 */
@Schema(example = """
        {"name": "Coopérative des riziculteurs de Dioro", "acronym": "CRD", "kind": "COOPERATIVE",
         "commune": "3a0f6f58-3c1d-4a5f-8d2f-2f1a7b9e0c11", "sectors": ["small-scale-irrigation"],
         "members": {"members": 84, "women": 31, "youth": 20, "countedOn": "2008-01-15"}, "on": "2008-01-15"}""")
public record RegisterOrganisationRequest(@Schema(maxLength = Limits.NAME) String name,
        @Schema(maxLength = Limits.NAME) String acronym, OrganisationKind kind, UUID commune,
        List<String> sectors, MemberCountValue members, RegistrationValue registration, LocalDate on) {

    public RegisterOrganisation toCommand() {
        return new RegisterOrganisation(name, acronym, kind, Wire.id(commune, CommuneId::new),
                sectors == null ? null : java.util.Set.copyOf(Wire.sectors(sectors).stream()
                        .map(s -> Wire.required(s, "sector")).toList()),
                MemberCountValue.toModel(members), RegistrationValue.toModel(registration), on);
    }
}
