package org.kafo.server.documents;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.model.plan.ActionPlan;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.RuleBook;
import org.kafo.rules.pact.PactRules;
import org.kafo.server.startup.DemoDataLoader;
import org.kafo.server.web.Templates;

/**
 * The demonstration data in memory, as the server writes it on its first start on 3 December
 * 2026: Dioro (commune 04060101) in its second cycle, whose papers the tests print.
 */
final class Dioro {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static final InMemoryRepositories REPOSITORIES = new InMemoryRepositories();

    static final RuleBook RULES = PactRules.book();

    static final Papers PAPERS;

    static {
        DemoDataLoader.write(new ConsultationProcess(REPOSITORIES, RULES), 2, 42L, TODAY);
        PAPERS = new Papers(REPOSITORIES, new Templates(), RULES);
    }

    private Dioro() {
    }

    static ConsultationFramework framework() {
        return REPOSITORIES.frameworks().findAll().stream()
                .filter(f -> REPOSITORIES.communes().get(f.commune()).code().equals("04060101")).findFirst()
                .orElseThrow();
    }

    /** Dioro's plans, the first cycle's first. */
    static List<ActionPlan> plans() {
        return REPOSITORIES.plans().findByFramework(framework().id()).stream()
                .sorted(Comparator.comparingInt(ActionPlan::cycle)).toList();
    }
}
