package org.kafo.server.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.rules.RuleBook;
import org.kafo.server.database.Database;

/**
 * What the server does once it is deployed, before it answers: build the rule book of the configured
 * profile (or fail the deployment, saying why), bring the database schema up to date,
 * write the demonstration data on a first start, and make sure there is an administrator (and the
 * demonstration accounts with the demonstration data); then say where the API and its OpenAPI document are.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Database database;

    @Inject
    DemoDataLoader demoData;

    @Inject
    InitialAccounts accounts;

    @Inject
    org.kafo.model.Repositories repositories;

    /** Built before anything else: a profile that cannot be read fails the deployment at once. */
    @Inject
    RuleBook rules;

    @Inject
    @ConfigProperty(name = "kafo.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;

    private volatile boolean ready;

    void onStart(@Observes jakarta.enterprise.event.Startup event) {
        LOG.info(() -> "Rules: profile " + rules.profile().name() + ", packs " + rules.packs() + ", "
                + rules.ruleIds().size() + " rules");
        database.migrate();
        // The entity manager's first use must be here, in the application's context: the readiness
        // check runs outside it and cannot find the persistence unit when it comes first.
        repositories.regions().findByCode("--");
        accounts.ensure(demoData.load());
        ready = true;
        LOG.info(() -> "Kafo is ready: API at " + baseUrl + "/api, OpenAPI document at " + baseUrl
                + "/openapi, health at " + baseUrl + "/health");
    }

    public boolean isReady() {
        return ready;
    }
}
