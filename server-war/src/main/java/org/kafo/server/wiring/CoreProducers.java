package org.kafo.server.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kafo.model.Repositories;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.persistence.jpa.JpaRepositories;
import org.kafo.persistence.jpa.KafoPersistence;
import org.kafo.rules.RuleBook;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

/**
 * The one place where the plain core objects are built for the container: the rule book, the
 * repositories, the process over them with the container's transactions and the totals the
 * indicators are computed from. The core carries no container annotation; these producers do.
 */
@ApplicationScoped
public class CoreProducers {

    @Produces
    @Singleton
    RuleBook ruleBook() {
        return PactRules.book();
    }

    /** The container's entity manager of the {@code kafo} unit: JTA, the transaction's own in each call. */
    @PersistenceContext(unitName = KafoPersistence.CONTAINER_UNIT)
    EntityManager entityManager;

    @Produces
    @Singleton
    Repositories repositories() {
        return JpaRepositories.inContainer(entityManager);
    }

    /** Indicators of many frameworks, added up by the database rather than loaded into memory. */
    @Produces
    @Singleton
    TotalsQueries totals() {
        return JpaRepositories.inContainer(entityManager).totals();
    }

    @Produces
    @Singleton
    ConsultationProcess process(Repositories repositories, RuleBook rules, ContainerTransactions transactions) {
        return new ConsultationProcess(repositories, rules, transactions);
    }
}
