package org.kafo.persistence.jpa;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.kafo.model.Repositories;
import org.kafo.rules.process.Transactions;
import org.kafo.rules.scenario.DioroThreeCyclesScenario;

/**
 * The process's three-cycle story of Dioro, unchanged, on these repositories over PostgreSQL, when
 * one is configured (and required in CI). Each run's ids are new, so the story needs no clean-up.
 * After it, the database's totals equal what the rules compute (other tests share the database, so
 * the country is left out).
 */
class DioroThreeCyclesOnPostgreSqlTest extends DioroThreeCyclesScenario {

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

    @AfterEach
    void theDatabaseAddsUpWhatTheRulesCompute() {
        if (database != null) {
            TotalsEqualIndicatorsTest.totalsEqualIndicators(database, false);
        }
    }
}
