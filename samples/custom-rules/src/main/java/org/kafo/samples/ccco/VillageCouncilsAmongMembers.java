package org.kafo.samples.ccco;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.framework.Membership;
import org.kafo.model.organisation.Organisation;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EndMembership;
import org.kafo.rules.command.EstablishFramework;

/**
 * BF-CCCO-2: village development councils (CVD) are among the members of the CCCo (decree
 * 2009-838). How many, and how hard the rule bites, are this pack's choices:
 * <ul>
 *   <li>on {@link EstablishFramework}, blocking: fewer than {@link CccoProfile#MIN_VILLAGE_COUNCILS}
 *       (1) village councils are members on the day ({@code BF-CCCO-2.too-few-village-councils});</li>
 *   <li>on {@link EndMembership} of an established or active framework, a warning: the leaving
 *       village council takes the framework below that number
 *       ({@code BF-CCCO-2.village-council-leaving}); the framework goes on meanwhile.</li>
 * </ul>
 * A village council is recognised by its acronym ({@link CccoProfile#VILLAGE_COUNCIL_ACRONYM}).
 */
final class VillageCouncilsAmongMembers {

    static final String ID = "BF-CCCO-2";

    private VillageCouncilsAmongMembers() {
    }

    static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(EstablishFramework.class, VillageCouncilsAmongMembers::onEstablishment)
                .on(EndMembership.class, VillageCouncilsAmongMembers::onDeparture)
                .build();
    }

    private static List<Verdict> onEstablishment(EstablishFramework command, Situation situation,
            RuleProfile profile) {
        int min = CccoProfile.minVillageCouncils(profile);
        int count = VillageCouncils.membersOn(command.on(), situation, profile).size();
        if (count >= min) {
            return List.of();
        }
        return List.of(Verdict.blocking(ID, ID + ".too-few-village-councils", "framework",
                situation.framework().name(), "frameworkId", situation.framework().id(), "on", command.on(),
                "count", count, "min", min));
    }

    private static List<Verdict> onDeparture(EndMembership command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        if (framework.status() != FrameworkStatus.ESTABLISHED && framework.status() != FrameworkStatus.ACTIVE) {
            return List.of();
        }
        if (!VillageCouncils.isVillageCouncil(command.organisation(), situation, profile)) {
            return List.of();
        }
        LocalDate dayAfter = command.lastDay().plusDays(1);
        int min = CccoProfile.minVillageCouncils(profile);
        long remaining = VillageCouncils.membersOn(dayAfter, situation, profile).stream()
                .map(Membership::organisation)
                .filter(organisation -> !organisation.equals(command.organisation()))
                .count();
        if (remaining >= min) {
            return List.of();
        }
        String name = situation.organisation(command.organisation()).map(Organisation::name)
                .orElse(command.organisation().toString());
        return List.of(Verdict.warning(ID, ID + ".village-council-leaving", "framework", framework.name(),
                "frameworkId", framework.id(), "organisation", name, "organisationId", command.organisation(),
                "lastDay", command.lastDay(),
                "remaining", remaining, "min", min));
    }
}
