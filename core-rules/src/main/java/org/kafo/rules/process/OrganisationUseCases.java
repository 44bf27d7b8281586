package org.kafo.rules.process;

import java.util.function.Consumer;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.CountMembers;
import org.kafo.rules.command.FormaliseOrganisation;
import org.kafo.rules.command.RegisterOrganisation;

/** Registering the parties: organisations, their member counts and their legal existence. */
final class OrganisationUseCases extends UseCases {

    OrganisationUseCases(ChangeFlow flow) {
        super(flow);
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
        return onOrganisation(command, command.organisation(),
                organisation -> organisation.countMembers(command.count()));
    }

    Outcome<Organisation> formalise(FormaliseOrganisation command) {
        return onOrganisation(command, command.organisation(),
                organisation -> organisation.formalise(command.registration()));
    }

    private Outcome<Organisation> onOrganisation(Command command, OrganisationId id, Consumer<Organisation> change) {
        return flow.run(command, () -> {
            Organisation organisation = repositories.organisations().get(id);
            return Intent.outside(changes -> {
                change.accept(organisation);
                return organisation;
            });
        });
    }
}
