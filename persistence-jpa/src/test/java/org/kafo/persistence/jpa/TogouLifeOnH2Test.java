package org.kafo.persistence.jpa;

import org.junit.jupiter.api.AfterEach;
import org.kafo.model.Repositories;
import org.kafo.rules.process.Transactions;
import org.kafo.rules.scenario.TogouLifeScenario;

/**
 * Togou's story (a postponed and a cancelled meeting, a committee member leaving, a missed cycle, a
 * suspension, a special delegation's deliberations, a change of sectors), unchanged, on these
 * repositories over H2: every step reads back what the one before stored.
 */
class TogouLifeOnH2Test extends TogouLifeScenario {

    private Databases.Database database;

    @Override
    protected Repositories newRepositories() {
        database = Databases.h2Memory();
        return database.repositories();
    }

    @Override
    protected Transactions transactions() {
        return database.transactions()::inTransaction;
    }

    @AfterEach
    void closeTheDatabase() {
        database.persistence().close();
    }
}
