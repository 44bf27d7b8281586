package org.kafo.rules.pact;

import java.util.List;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.RecordDeliberation;

/**
 * GOV-2: what a special delegation (délégation spéciale) decides beyond keeping the framework going
 * is to be confirmed by the next elected council. A default of the PACT profile: the approach
 * rests the framework on "commune council deliberations", and a special delegation is appointed,
 * not elected, to manage current affairs until elections; a warning, which an integrator may make
 * blocking or informative with a severity override, or switch off.
 *
 * <p>On {@link RecordDeliberation} by a special delegation, a warning when it changes the priority
 * sectors or dissolves the framework ({@code GOV-2.to-confirm}); a renewal is current business and
 * passes. On {@link EstablishFramework} on a special delegation's deliberation, the same warning
 * ({@code GOV-2.establishment-to-confirm}): founding a framework is more than renewing one. The
 * change takes effect at once; the confirmation is the next council's own deliberation (a
 * renewal, or another change), recorded like any other.
 */
public final class Gov2SpecialDelegationConfirmed {

    public static final String ID = "GOV-2";

    private Gov2SpecialDelegationConfirmed() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(RecordDeliberation.class, Gov2SpecialDelegationConfirmed::onDeliberation)
                .on(EstablishFramework.class, Gov2SpecialDelegationConfirmed::onEstablishment)
                .severity(Severity.WARNING)
                .build();
    }

    private static List<Verdict> onDeliberation(RecordDeliberation command, Situation situation, RuleProfile profile) {
        CouncilDeliberation deliberation = command.deliberation();
        if (!bySpecialDelegation(deliberation) || command.outcome() == DeliberationOutcome.RENEWAL) {
            return List.of();
        }
        ConsultationFramework framework = situation.framework();
        return List.of(Verdict.warning(ID, ID + ".to-confirm", "framework", framework.name(),
                "frameworkId", framework.id(), "deliberation", deliberation.number(), "outcome", command.outcome()));
    }

    private static List<Verdict> onEstablishment(EstablishFramework command, Situation situation, RuleProfile profile) {
        CouncilDeliberation deliberation = command.deliberation();
        if (!bySpecialDelegation(deliberation)) {
            return List.of();
        }
        ConsultationFramework framework = situation.framework();
        return List.of(Verdict.warning(ID, ID + ".establishment-to-confirm", "framework", framework.name(),
                "frameworkId", framework.id(), "deliberation", deliberation.number()));
    }

    private static boolean bySpecialDelegation(CouncilDeliberation deliberation) {
        return deliberation != null && deliberation.body() == DeliberatingBody.SPECIAL_DELEGATION;
    }
}
