package org.kafo.rules.pact;

import java.util.HashSet;
import java.util.List;
import org.kafo.model.common.Sector;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.RecordDeliberation;

/**
 * EST-2: a framework has between {@link RuleProfile#minPrioritySectors()} and
 * {@link RuleProfile#maxPrioritySectors()} priority sectors, both included (PACT: two or three).
 * "The commune identifies two or three high-growth sectors."
 *
 * <p>On {@link EstablishFramework}, blocking ({@code EST-2.too-few}, {@code EST-2.too-many}):
 * the framework's priority sectors are counted as the council establishes it. On
 * {@link ProposeFramework}, a warning only ({@code EST-2.proposal-too-few},
 * {@code EST-2.proposal-too-many}): a commune may still be choosing, and the count is only
 * enforced at establishment. A proposal has no framework yet, so its sectors are read from the
 * command, each sector counted once.
 *
 * <p>On {@link RecordDeliberation} that changes the priority sectors, blocking
 * ({@code EST-2.change-too-few}, {@code EST-2.change-too-many}): the new sectors of the command,
 * each counted once, are held to the same bounds as at establishment.
 */
public final class Est2PrioritySectorCount {

    public static final String ID = "EST-2";

    private Est2PrioritySectorCount() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(EstablishFramework.class, Est2PrioritySectorCount::onEstablishment)
                .on(ProposeFramework.class, Est2PrioritySectorCount::onProposal)
                .on(RecordDeliberation.class, Est2PrioritySectorCount::onSectorsChange)
                .build();
    }

    private static List<Verdict> onEstablishment(EstablishFramework command, Situation situation,
            RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        int count = framework.prioritySectors().size();
        String reason = outOfRange(count, profile);
        if (reason == null) {
            return List.of();
        }
        return List.of(Verdict.blocking(ID, ID + "." + reason, "framework", framework.name(),
                "frameworkId", framework.id(), "count", count,
                "min", profile.minPrioritySectors(), "max", profile.maxPrioritySectors(),
                "sectors", joined(framework.prioritySectors())));
    }

    private static List<Verdict> onProposal(ProposeFramework command, Situation situation, RuleProfile profile) {
        int count = new HashSet<>(command.prioritySectors()).size();
        String reason = outOfRange(count, profile);
        if (reason == null) {
            return List.of();
        }
        return List.of(Verdict.warning(ID, ID + ".proposal-" + reason, "framework", command.name(),
                "communeId", command.commune(),
                "count", count, "min", profile.minPrioritySectors(), "max", profile.maxPrioritySectors(),
                "sectors", joined(command.prioritySectors())));
    }

    private static List<Verdict> onSectorsChange(RecordDeliberation command, Situation situation,
            RuleProfile profile) {
        if (command.outcome() != DeliberationOutcome.SECTORS_CHANGE) {
            return List.of();
        }
        List<Sector> sectors = command.sectors().stream().distinct().toList();
        String reason = outOfRange(sectors.size(), profile);
        if (reason == null) {
            return List.of();
        }
        ConsultationFramework framework = situation.framework();
        return List.of(Verdict.blocking(ID, ID + ".change-" + reason, "framework", framework.name(),
                "frameworkId", framework.id(), "count", sectors.size(), "min", profile.minPrioritySectors(),
                "max", profile.maxPrioritySectors(), "sectors", sectors));
    }

    private static String outOfRange(int count, RuleProfile profile) {
        if (count < profile.minPrioritySectors()) {
            return "too-few";
        }
        return count > profile.maxPrioritySectors() ? "too-many" : null;
    }

    private static List<Sector> joined(List<Sector> sectors) {
        return sectors.stream().distinct().toList();
    }
}
