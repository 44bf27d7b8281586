package org.kafo.rules.scenario;

import org.kafo.model.Repositories;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.process.Transactions;

/** The story of Dioro on the in-memory repositories that embedders use. */
class DioroThreeCyclesScenarioTest extends DioroThreeCyclesScenario {

    @Override
    protected Repositories newRepositories() {
        return new InMemoryRepositories();
    }

    @Override
    protected Transactions transactions() {
        return Transactions.NONE;
    }
}
