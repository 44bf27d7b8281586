package org.kafo.server.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.kafo.model.Repositories;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.RuleBook;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Situations;

/**
 * The one place where the plain core objects are built for the container: the rule book, the
 * repositories, the process over them with the container's transactions, and the situations the
 * indicators are computed from. The core carries no container annotation; these producers do.
 */
@ApplicationScoped
public class CoreProducers {

    @Produces
    @Singleton
    RuleBook ruleBook() {
        return RuleBook.pact();
    }

    @Produces
    @Singleton
    Repositories repositories() {
        return new InMemoryRepositories();
    }

    @Produces
    @Singleton
    ConsultationProcess process(Repositories repositories, RuleBook rules, ContainerTransactions transactions) {
        return new ConsultationProcess(repositories, rules, transactions);
    }

    @Produces
    @Singleton
    Situations situations(Repositories repositories) {
        return new Situations(repositories);
    }
}
