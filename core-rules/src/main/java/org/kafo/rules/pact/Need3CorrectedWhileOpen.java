package org.kafo.rules.pact;

import java.util.List;
import java.util.Optional;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.need.Need;
import org.kafo.model.need.NeedStatus;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.CorrectNeed;

/**
 * NEED-3: a need is corrected only while it is open. "Sector professionals identify their needs"
 * before the meeting, where "the attendees negotiate" the actions that address them: once a plan
 * addresses a need, it stays as it was negotiated. Firm: the approach itself.
 *
 * <p>On {@link CorrectNeed}, blocking when the need is planned, met or withdrawn
 * ({@code NEED-3.not-open}). A need that has moved on is not rewritten: the professionals raise a
 * new need (or withdraw the open one) instead, so that what a plan addressed keeps its meaning.
 * NEED-2 checks the corrected values as it checks a new need.
 */
public final class Need3CorrectedWhileOpen {

    public static final String ID = "NEED-3";

    private Need3CorrectedWhileOpen() {
    }

    public static RuleDefinition definition() {
        return RuleDefinition.of(ID).on(CorrectNeed.class, Need3CorrectedWhileOpen::check).build();
    }

    private static List<Verdict> check(CorrectNeed command, Situation situation, RuleProfile profile) {
        Optional<Need> need = situation.need(command.need());
        if (need.isEmpty() || need.get().status() == NeedStatus.OPEN) {
            return List.of();
        }
        ConsultationFramework framework = situation.framework();
        return List.of(Verdict.blocking(ID, ID + ".not-open", "framework", framework.name(),
                "frameworkId", framework.id(), "need", need.get().description(), "needId", need.get().id(),
                "status", need.get().status()));
    }
}
