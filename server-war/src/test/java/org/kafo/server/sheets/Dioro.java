package org.kafo.server.sheets;

import java.time.LocalDate;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.RuleBook;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.demo.PactMaliDataset;

/** The demonstration data in memory, two cycles written up to 3 December 2026, and Dioro's framework in it. */
final class Dioro {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    final InMemoryRepositories repositories = new InMemoryRepositories();
    final RuleBook rules = PactRules.book();
    final ConsultationProcess process = new ConsultationProcess(repositories, rules);
    final ConsultationFramework framework;

    Dioro() {
        PactMaliDataset.load().playUntil(process, 2, 42L, TODAY);
        framework = repositories.frameworks().findByCommune(
                repositories.communes().findByCode("04060101").orElseThrow().id()).get(0);
    }
}
