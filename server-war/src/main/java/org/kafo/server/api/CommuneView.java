package org.kafo.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Commune;

/** A commune with its official code, its spellings, its census and every cercle and region it belonged to. */
@Schema(name = "Commune")
public record CommuneView(UUID id, long version, String code, String name, List<String> aliases, Long inhabitants,
        Integer censusYear, Double latitude, Double longitude, AssignmentValue currentAssignment,
        List<AssignmentValue> assignments) {

    /** The commune's cercle and region for a while. */
    @Schema(name = "Assignment")
    public record AssignmentValue(UUID cercle, UUID region, LocalDate from, LocalDate to) {

        static AssignmentValue of(Assignment assignment) {
            return new AssignmentValue(assignment.cercle().value(), assignment.region().value(),
                    assignment.effective().from(), assignment.effective().to());
        }
    }

    public static CommuneView of(Commune commune) {
        return new CommuneView(commune.id().value(), commune.version(), commune.code(), commune.name(),
                commune.aliases().stream().sorted().toList(),
                commune.population().map(p -> p.inhabitants()).orElse(null),
                commune.population().map(p -> p.censusYear()).orElse(null),
                commune.location().map(l -> l.latitude()).orElse(null),
                commune.location().map(l -> l.longitude()).orElse(null),
                AssignmentValue.of(commune.currentAssignment()),
                commune.assignments().stream().map(AssignmentValue::of).toList());
    }
}
