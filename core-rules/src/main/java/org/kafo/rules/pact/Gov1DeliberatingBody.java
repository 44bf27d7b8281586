package org.kafo.rules.pact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.CouncilDeliberation;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.RecordDeliberation;

/**
 * GOV-1: a framework's existence follows its commune's deliberating body. "The decision to
 * establish a framework is made on the back of commune council deliberations": what the council
 * (or the special delegation standing in for it) established, only its deliberation changes or
 * ends. Firm: the approach itself.
 *
 * <p>On {@link RecordDeliberation} (a renewal, a change of priority sectors, a dissolution), blocking
 * when:
 * <ul>
 *   <li>the command carries no deliberation ({@code GOV-1.no-deliberation});</li>
 *   <li>its number is already one of the framework's deliberations, the establishing one included
 *       ({@code GOV-1.number-taken}): numbers are compared without regard to case, as registers
 *       are written by hand;</li>
 *   <li>it is dated before the deliberation that established the framework
 *       ({@code GOV-1.before-establishment}): a later deliberation cannot predate the framework's
 *       founding decision; the same day is fine;</li>
 *   <li>it is dated after the day it is recorded as taking effect
 *       ({@code GOV-1.after-recording}): as for establishment (EST-1), the body deliberates first.</li>
 * </ul>
 * A change of priority sectors has no other command than a deliberation, so it always rests on one.
 *
 * <p>On {@link DissolveFramework}, which names no deliberation, a warning
 * ({@code GOV-1.dissolution-without-deliberation}): an administrative dissolution is possible (the
 * commune is merged, the State dissolves its bodies), but should be backed by a deliberation,
 * recorded with {@link RecordDeliberation} and its dissolution outcome.
 */
public final class Gov1DeliberatingBody {

    public static final String ID = "GOV-1";

    private Gov1DeliberatingBody() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID)
                .on(RecordDeliberation.class, Gov1DeliberatingBody::onDeliberation)
                .on(DissolveFramework.class, Gov1DeliberatingBody::onDissolution)
                .build();
    }

    private static List<Verdict> onDeliberation(RecordDeliberation command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        CouncilDeliberation later = command.deliberation();
        if (later == null) {
            return List.of(Verdict.blocking(ID, ID + ".no-deliberation", "framework", framework.name(),
                    "frameworkId", framework.id(), "outcome", command.outcome(), "on", command.on()));
        }
        List<Verdict> verdicts = new ArrayList<>();
        if (framework.deliberations().stream().anyMatch(d -> d.number().equalsIgnoreCase(later.number()))) {
            verdicts.add(Verdict.blocking(ID, ID + ".number-taken", "framework", framework.name(),
                    "frameworkId", framework.id(), "deliberation", later.number()));
        }
        Optional<CouncilDeliberation> establishing = framework.deliberation();
        if (establishing.isPresent() && later.date().isBefore(establishing.get().date())) {
            verdicts.add(Verdict.blocking(ID, ID + ".before-establishment", "framework", framework.name(),
                    "frameworkId", framework.id(), "deliberation", later.number(), "date", later.date(),
                    "establishing", establishing.get().number(), "establishingDate", establishing.get().date()));
        }
        if (later.date().isAfter(command.on())) {
            verdicts.add(Verdict.blocking(ID, ID + ".after-recording", "framework", framework.name(),
                    "frameworkId", framework.id(), "deliberation", later.number(), "date", later.date(),
                    "on", command.on()));
        }
        return verdicts;
    }

    private static List<Verdict> onDissolution(DissolveFramework command, Situation situation, RuleProfile profile) {
        ConsultationFramework framework = situation.framework();
        return List.of(Verdict.warning(ID, ID + ".dissolution-without-deliberation", "framework", framework.name(),
                "frameworkId", framework.id(), "on", command.on()));
    }
}
