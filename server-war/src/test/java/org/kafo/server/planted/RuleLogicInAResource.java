package org.kafo.server.planted;

import java.time.LocalDate;
import java.util.List;
import org.kafo.model.Repositories;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.rules.Situation;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.PactRules;

/** What the architecture test must catch: a resource that judges and changes aggregates itself. */
public class RuleLogicInAResource {

    Repositories repositories;

    public Object establish(FrameworkId id) {
        ConsultationFramework framework = repositories.frameworks().get(id);
        List<Verdict> verdicts = PactRules.book().check(new Object(), Situation.of(framework).build());
        if (framework.prioritySectors().size() < 2) {
            verdicts = List.of(Verdict.blocking("EST-2", "EST-2.too-few"));
        }
        framework.activate(LocalDate.now());
        repositories.frameworks().save(framework);
        return PactRules.pack().name() + verdicts;
    }
}
