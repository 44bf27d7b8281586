package org.kafo.server.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import java.util.stream.Stream;
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

    /** The configuration property that names rule packs beside the WAR: jars or directories of jars. */
    public static final String RULES_LIBS = "kafo.rules.libs";

    /** Rule packs beside the WAR: jars, or directories of jars, separated by commas (none by default). */
    @Inject
    @ConfigProperty(name = RULES_LIBS)
    Optional<String> rulesLibs;

    /**
     * The rules of the profile {@code kafo.rules.profile} names: PACT's catalogue, and the pack that
     * defines the profile among the {@link RulePack} services found in the WAR (WEB-INF/lib) and in the
     * jars {@code kafo.rules.libs} names. Those jars are read by a class loader of their own whose parent
     * is the application's, so that a pack sees the core classes of the WAR (Payara Micro's
     * {@code --addLibs} puts a jar below the application, where it cannot).
     *
     * @throws IllegalStateException (the deployment fails) if a jar is missing, the profile is unknown, or
     *                               its rules lack a message or a description; its message says what in one line
     */
    @Produces
    @Singleton
    RuleBook ruleBook() {
        try {
            ClassLoader packs = packLoader(rulesLibs == null ? "" : rulesLibs.orElse(""), CoreProducers.class.getClassLoader());
            return PactRules.book(rulesProfile, ServiceLoader.load(RulePack.class, packs));
        } catch (IllegalArgumentException | IllegalStateException | ServiceConfigurationError e) {
            String problem = "Kafo cannot start: " + RULES_PROFILE + "=" + rulesProfile
                    + (rulesLibs != null && rulesLibs.isPresent() ? ", " + RULES_LIBS + "=" + rulesLibs.get() : "")
                    + ": " + e.getMessage();
            LOG.severe(problem);
            throw new IllegalStateException(problem, e);
        }
    }

    /**
     * {@code parent} if {@code libs} names nothing; else a class loader over the jars it names (a directory
     * stands for the jars in it), below {@code parent}.
     *
     * @throws IllegalStateException if a name is neither a jar nor a directory
     */
    static ClassLoader packLoader(String libs, ClassLoader parent) {
        List<URL> jars = new ArrayList<>();
        for (String name : libs.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Path path = Path.of(name.strip());
            try {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.list(path)) {
                        for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                            jars.add(jar.toUri().toURL());
                        }
                    }
                } else if (Files.isRegularFile(path)) {
                    jars.add(path.toUri().toURL());
                } else {
                    throw new IllegalStateException("no jar or directory " + path.toAbsolutePath());
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        return jars.isEmpty() ? parent : new URLClassLoader("kafo-rule-packs", jars.toArray(URL[]::new), parent);
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
