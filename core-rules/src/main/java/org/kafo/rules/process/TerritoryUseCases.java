package org.kafo.rules.process;

import org.kafo.model.common.Require;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Cercle;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.Region;
import org.kafo.rules.command.ReassignCommune;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterRegion;

/** Registering the territory: regions, cercles, communes, and the reforms that move communes. */
final class TerritoryUseCases extends UseCases {

    TerritoryUseCases(ChangeFlow flow) {
        super(flow);
    }

    Outcome<Region> registerRegion(RegisterRegion command) {
        return flow.run(command, () -> Intent.outside(
                changes -> Region.register(command.code(), command.name(), command.effective())));
    }

    Outcome<Cercle> registerCercle(RegisterCercle command) {
        return flow.run(command, () -> {
            repositories.regions().get(command.region());
            return Intent.outside(
                    changes -> Cercle.register(command.code(), command.name(), command.region(), command.effective()));
        });
    }

    Outcome<Commune> registerCommune(RegisterCommune command) {
        return flow.run(command, () -> {
            Assignment assignment = Require.present(command.assignment(), "assignment");
            repositories.regions().get(assignment.region());
            repositories.cercles().get(assignment.cercle());
            return Intent.outside(changes -> {
                Commune commune = Commune.register(command.code(), command.name(), assignment, command.population(),
                        command.location());
                command.aliases().forEach(commune::addAlias);
                return commune;
            });
        });
    }

    Outcome<Commune> reassignCommune(ReassignCommune command) {
        return flow.run(command, () -> {
            Commune commune = repositories.communes().get(command.commune());
            repositories.regions().get(command.region());
            repositories.cercles().get(command.cercle());
            return Intent.outside(changes -> {
                commune.reassign(command.cercle(), command.region(), command.from());
                return commune;
            });
        });
    }
}
