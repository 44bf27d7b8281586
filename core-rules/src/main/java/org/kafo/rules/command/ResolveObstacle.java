package org.kafo.rules.command;

import java.time.LocalDate;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.Require;
import org.kafo.model.framework.FrameworkId;

/** An obstacle is solved, and how. */
public record ResolveObstacle(FrameworkId framework, ObstacleId obstacle, String resolution, LocalDate on) implements Command {

    public ResolveObstacle {
        Require.present(framework, "framework");
        Require.present(obstacle, "obstacle");
        Require.present(on, "on");
    }
}
