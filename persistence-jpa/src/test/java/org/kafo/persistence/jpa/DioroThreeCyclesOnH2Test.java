package org.kafo.persistence.jpa;

import org.junit.jupiter.api.AfterEach;
import org.kafo.model.Repositories;
import org.kafo.rules.process.Transactions;
import org.kafo.rules.scenario.DioroThreeCyclesScenario;

/**
 * The process's three-cycle story of Dioro, unchanged, on these repositories over H2; after it, the
 * database's totals equal what the rules compute from the aggregates (TotalsEqualIndicatorsTest).
 */
class DioroThreeCyclesOnH2Test extends DioroThreeCyclesScenario {

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
    void theDatabaseAddsUpWhatTheRulesComputeThenCloses() {
        try {
            TotalsEqualIndicatorsTest.totalsEqualIndicators(database, true);
        } finally {
            database.persistence().close();
        }
    }
}
