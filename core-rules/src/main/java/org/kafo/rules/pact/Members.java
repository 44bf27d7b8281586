package org.kafo.rules.pact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.Situation;
import org.kafo.rules.command.EndMembership;

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

    /**
     * The membership a departure ends, when it matters to who sits in the framework: the framework
     * is established or active and the organisation is one of its current members.
     */
    static Optional<Membership> leaving(EndMembership command, ConsultationFramework framework) {
        if (framework.status() != FrameworkStatus.ESTABLISHED && framework.status() != FrameworkStatus.ACTIVE) {
            return Optional.empty();
        }
        return framework.currentMembership(command.organisation());
    }

    /** Who still sits in the framework the day after the departing organisation's last day. */
    static List<Membership> remainingAfter(EndMembership command, ConsultationFramework framework) {
        return framework.membersOn(command.lastDay().plusDays(1)).stream()
                .filter(m -> !m.organisation().equals(command.organisation()))
                .toList();
    }
}
