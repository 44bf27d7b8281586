package org.kafo.rules.pact;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.common.Sector;
import org.kafo.rules.Situation;

/**
 * Who sits in a framework, as the catalogue asks it: the municipality of the framework's own
 * commune, and the professional organisations of each priority sector.
 */
final class Members {

    private Members() {
    }

    /**
     * Whether the membership is the municipality of the framework's commune. A municipality the
     * situation does not describe is taken at its membership's word.
     */
    static boolean isMunicipality(Membership membership, ConsultationFramework framework, Situation situation) {
        return membership.category() == PartyCategory.MUNICIPALITY
                && situation.organisation(membership.organisation())
                        .flatMap(Organisation::commune)
                        .map(commune -> commune.equals(framework.commune()))
                        .orElse(true);
    }

    static boolean hasMunicipality(List<Membership> members, ConsultationFramework framework, Situation situation) {
        return members.stream().anyMatch(m -> isMunicipality(m, framework, situation));
    }

    /** Whether a professional organisation among {@code members} represents {@code sector}. */
    static boolean isRepresented(Sector sector, List<Membership> members) {
        return members.stream().anyMatch(m -> m.category() == PartyCategory.PROFESSIONAL_ORGANISATION
                && m.represents(sector));
    }

    static List<Membership> professionalsOn(ConsultationFramework framework, LocalDate day) {
        return framework.membersOn(day).stream()
                .filter(m -> m.category() == PartyCategory.PROFESSIONAL_ORGANISATION)
                .toList();
    }

    static boolean hasCategory(List<Membership> members, PartyCategory category) {
        return members.stream().anyMatch(m -> m.category() == category);
    }
}
