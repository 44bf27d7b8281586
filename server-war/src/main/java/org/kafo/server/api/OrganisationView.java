package org.kafo.server.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;

/** A party to frameworks: its kind, the category it plays in a framework, its sectors, members and registration. */
@Schema(name = "Organisation")
public record OrganisationView(UUID id, long version, String name, String acronym, OrganisationKind kind,
        PartyCategory category, UUID commune, List<String> sectors, MemberCountValue members,
        RegistrationValue registration, boolean formalised) {

    public static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id().value(), organisation.version(), organisation.name(),
                organisation.acronym().orElse(null), organisation.kind(), organisation.category(),
                organisation.commune().map(c -> c.value()).orElse(null),
                organisation.sectors().stream().map(s -> s.code()).sorted().toList(),
                MemberCountValue.of(organisation.members().orElse(null)),
                RegistrationValue.of(organisation.registration().orElse(null)), organisation.isFormalised());
    }
}
