package org.kafo.server.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.model.Repositories;
import org.kafo.model.indicator.TotalsQueries;
import org.kafo.persistence.jpa.JpaRepositories;
import org.kafo.persistence.jpa.KafoPersistence;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RulePack;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;

/**
 * The one place where the plain core objects are built for the container: the rule book (of the
 * profile the configuration names), the
 * repositories, the process over them with the container's transactions and the totals the
 * indicators are computed from. The core carries no container annotation; these producers do.
 */
@ApplicationScoped
public class CoreProducers {

    private static final Logger LOG = Logger.getLogger(CoreProducers.class.getName());

    /** The name of the rules' profile: {@code pact}, or one that a rule pack on the class path defines. */
    @Inject
    @ConfigProperty(name = RULES_PROFILE, defaultValue = "pact")
    String rulesProfile;

    /** The configuration property that names the rules' profile. */
    public static final String RULES_PROFILE = "kafo.rules.profile";

    /**
     * The rules of the profile {@code kafo.rules.profile} names: PACT's catalogue, and the pack that
     * defines the profile among the {@link RulePack} services the application sees (in WEB-INF/lib, or a
     * jar Payara Micro adds with {@code --addLibs}).
     *
     * @throws IllegalStateException (the deployment fails) if the profile is unknown, or its rules
     *                               lack a message or a description; its message says what in one line
     */
    @Produces
    @Singleton
    RuleBook ruleBook() {
        try {
            return PactRules.book(rulesProfile, ServiceLoader.load(RulePack.class, CoreProducers.class.getClassLoader()));
        } catch (IllegalArgumentException | IllegalStateException | ServiceConfigurationError e) {
            String problem = "Kafo cannot start: " + RULES_PROFILE + "=" + rulesProfile + ": " + e.getMessage();
            LOG.severe(problem);
            throw new IllegalStateException(problem, e);
        }
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
