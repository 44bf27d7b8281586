package org.kafo.persistence.jpa;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.kafo.model.Repositories;
import org.kafo.rules.process.Transactions;
import org.kafo.rules.scenario.TogouLifeScenario;

/** Togou's story, unchanged, on these repositories over PostgreSQL when one is configured (required in CI). */
class TogouLifeOnPostgreSqlTest extends TogouLifeScenario {

    private Databases.Database database;

    @Override
    protected Repositories newRepositories() {
        database = Databases.all().stream().filter(Databases.Database::isPostgres).findFirst().orElse(null);
        assumeTrue(database != null, "no PostgreSQL configured (KAFO_TEST_PG_URL)");
        return database.repositories();
    }

    @Override
    protected Transactions transactions() {
        return database.transactions()::inTransaction;
    }
}
