package org.kafo.rules.process;

import org.kafo.model.Repositories;
import org.kafo.model.organisation.Organisation;
import org.kafo.rules.command.CountMembers;
import org.kafo.rules.command.FormaliseOrganisation;
import org.kafo.rules.command.RegisterOrganisation;

/** Registering the parties: organisations, their member counts and their legal existence. */
final class OrganisationUseCases {

    private final ChangeFlow flow;
    private final Repositories repositories;

    OrganisationUseCases(ChangeFlow flow) {
        this.flow = flow;
        this.repositories = flow.repositories();
    }

    Outcome<Organisation> registerOrganisation(RegisterOrganisation command) {
        return flow.run(command, () -> {
            if (command.commune() != null) {
                repositories.communes().get(command.commune());
            }
            return Intent.outside(changes -> {
                Organisation organisation = Organisation.register(command.name(), command.acronym(), command.kind(),
                        command.commune(), command.sectors(), command.on());
                if (command.members() != null) {
                    organisation.countMembers(command.members());
                }
                if (command.registration() != null) {
                    organisation.formalise(command.registration());
                }
                return organisation;
            });
        });
    }

    Outcome<Organisation> countMembers(CountMembers command) {
        return flow.run(command, () -> {
            Organisation organisation = repositories.organisations().get(command.organisation());
            return Intent.outside(changes -> {
                organisation.countMembers(command.count());
                return organisation;
            });
        });
    }

    Outcome<Organisation> formalise(FormaliseOrganisation command) {
        return flow.run(command, () -> {
            Organisation organisation = repositories.organisations().get(command.organisation());
            return Intent.outside(changes -> {
                organisation.formalise(command.registration());
                return organisation;
            });
        });
    }
}
