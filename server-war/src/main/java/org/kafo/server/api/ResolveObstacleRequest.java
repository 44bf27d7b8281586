package org.kafo.server.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.Limits;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.command.ResolveObstacle;

/** An obstacle is solved, and how. */
@Schema(example = "{\"resolution\": \"La mairie a relancé le fournisseur; motopompe livrée.\", \"on\": \"2008-07-20\"}")
public record ResolveObstacleRequest(@Schema(maxLength = Limits.TEXT) String resolution, LocalDate on) {

    public ResolveObstacle toCommand(FrameworkId framework, ObstacleId obstacle) {
        return new ResolveObstacle(framework, obstacle, resolution, on);
    }
}
