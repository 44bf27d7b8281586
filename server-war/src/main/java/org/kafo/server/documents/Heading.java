package org.kafo.server.documents;

import java.time.LocalDate;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.Commune;

/**
 * What heads every paper of a framework, as a commune's papers are headed: the region, cercle and
 * commune it belongs to, the framework, the document's title and a line under it, and the day it
 * was printed (in each page's foot).
 */
public record Heading(String region, String cercle, String commune, String framework, String title,
        String subtitle, LocalDate printedOn) {

    /** The heading of a framework's document, its territory as assigned on the day it is printed. */
    public static Heading of(Repositories repositories, FrameworkId id, String title, String subtitle,
            LocalDate printedOn) {
        ConsultationFramework framework = repositories.frameworks().get(id);
        Commune commune = repositories.communes().get(framework.commune());
        Assignment assignment = commune.assignmentOn(printedOn).orElse(commune.currentAssignment());
        return new Heading(repositories.regions().get(assignment.region()).name(),
                repositories.cercles().get(assignment.cercle()).name(), commune.name(), framework.name(), title,
                subtitle, printedOn);
    }
}
