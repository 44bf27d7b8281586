package org.kafo.rules.pact;

import java.util.List;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EstablishFramework;

/**
 * EST-1: a framework is established only on a recorded council deliberation. "The decision to
 * establish a framework is made on the back of commune council deliberations."
 *
 * <p>On {@link EstablishFramework}, blocking when the command carries no deliberation
 * ({@code EST-1.no-deliberation}) or when the deliberation is dated after the day of
 * establishment ({@code EST-1.deliberation-after-establishment}): a framework cannot rest on a
 * decision the council has not yet taken. A deliberation of the same day is fine; how long
 * before establishment the council deliberated is not judged. Number, date and decision are
 * required by {@link CouncilDeliberation} itself.
 */
public final class Est1CouncilDeliberation {

    public static final String ID = "EST-1";

    private Est1CouncilDeliberation() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(EstablishFramework.class, Est1CouncilDeliberation::check).build();
    }

    private static List<Verdict> check(EstablishFramework command, Situation situation, RuleProfile profile) {
        CouncilDeliberation deliberation = command.deliberation();
        String framework = situation.framework().name();
        if (deliberation == null) {
            return List.of(Verdict.blocking(ID, ID + ".no-deliberation",
                    "framework", framework, "frameworkId", command.framework(), "on", command.on()));
        }
        if (deliberation.date().isAfter(command.on())) {
            return List.of(Verdict.blocking(ID, ID + ".deliberation-after-establishment",
                    "framework", framework, "frameworkId", command.framework(), "deliberation", deliberation.number(),
                    "date", deliberation.date(), "on", command.on()));
        }
        return List.of();
    }
}
