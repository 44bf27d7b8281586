package org.kafo.server.api;

import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.CountMembers;
import org.kafo.rules.command.FormaliseOrganisation;

/** Commands on an organisation's own record: a new member count, or its legal registration. */
public final class OrganisationCommands {

    private OrganisationCommands() {
    }

    public static CountMembers toCommand(OrganisationId organisation, MemberCountValue count) {
        return new CountMembers(organisation, Wire.required(MemberCountValue.toModel(count), "count"));
    }

    public static FormaliseOrganisation toFormalise(OrganisationId organisation, RegistrationValue registration) {
        return new FormaliseOrganisation(organisation, Wire.required(RegistrationValue.toModel(registration), "registration"));
    }
}
