package org.kafo.rules.scenario;

import org.kafo.model.Repositories;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.process.Transactions;

/** Togou's story on the in-memory repositories. */
class TogouLifeScenarioTest extends TogouLifeScenario {

    @Override
    protected Repositories newRepositories() {
        return new InMemoryRepositories();
    }

    @Override
    protected Transactions transactions() {
        return Transactions.NONE;
    }
}
