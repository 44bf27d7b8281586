package org.kafo.samples.ccco;

import java.util.List;
import java.util.Map;
import org.kafo.rules.Rule;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.Est4TechnicalServicesAndRelevantPartners;

/**
 * EST-4 as PACT checks it, less its warnings about village development councils: PACT warns when
 * an NGO member is active in none of the priority sectors, and a CVD, registered as an NGO by this
 * pack's convention, is a council of its village, not an actor of a sector. Whether that is right
 * for every CCCo is this pack's choice.
 */
final class Est4WithoutVillageCouncils {

    static final String OUTSIDE_PRIORITY_SECTORS = "EST-4.outside-priority-sectors";

    private Est4WithoutVillageCouncils() {
    }

    /** A replacement of EST-4, under its id, watching the same commands as PACT's. */
    static RuleDefinition definition() {
        RuleDefinition pact = Est4TechnicalServicesAndRelevantPartners.definition();
        RuleDefinition.Builder replacement = RuleDefinition.of(pact.id()).severity(pact.severity());
        for (Map.Entry<Class<?>, Rule<?>> check : pact.checks().entrySet()) {
            exemptingVillageCouncils(replacement, check.getKey(), check.getValue());
        }
        return replacement.build();
    }

    // PACT's definition pairs each command type with a rule for that type: the cast restores the pair.
    @SuppressWarnings("unchecked")
    private static <C> void exemptingVillageCouncils(RuleDefinition.Builder builder, Class<C> type, Rule<?> rule) {
        Rule<C> pactCheck = (Rule<C>) rule;
        builder.on(type, (command, situation, profile) -> pactCheck.check(command, situation, profile).stream()
                .filter(verdict -> !aboutAVillageCouncil(verdict, situation, profile))
                .toList());
    }

    private static boolean aboutAVillageCouncil(Verdict verdict, Situation situation, RuleProfile profile) {
        if (!verdict.messageKey().equals(OUTSIDE_PRIORITY_SECTORS)) {
            return false;
        }
        String organisation = verdict.facts().get("organisationId");
        return situation.organisations().stream()
                .filter(o -> o.id().toString().equals(organisation))
                .anyMatch(o -> VillageCouncils.isVillageCouncil(o, profile));
    }
}
