package org.kafo.samples.ccco;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;

/** Which parties of a situation are village development councils: by the acronym of the profile. */
final class VillageCouncils {

    private VillageCouncils() {
    }

    static boolean isVillageCouncil(Organisation organisation, RuleProfile profile) {
        String acronym = CccoProfile.villageCouncilAcronym(profile);
        return organisation.acronym().filter(acronym::equalsIgnoreCase).isPresent();
    }

    /** Whether the situation describes {@code id} as a village development council. */
    static boolean isVillageCouncil(OrganisationId id, Situation situation, RuleProfile profile) {
        return situation.organisation(id).filter(o -> isVillageCouncil(o, profile)).isPresent();
    }

    /** The framework's village development councils on the day. */
    static List<Membership> membersOn(LocalDate day, Situation situation, RuleProfile profile) {
        return situation.framework().membersOn(day).stream()
                .filter(m -> isVillageCouncil(m.organisation(), situation, profile))
                .toList();
    }
}
