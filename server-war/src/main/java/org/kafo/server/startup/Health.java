package org.kafo.server.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: started and its data reachable; {@code /health/live}: the application answers. */
public final class Health {

    private Health() {
    }

    @Readiness
    @ApplicationScoped
    public static class Ready implements HealthCheck {

        @Inject
        Startup startup;

        @Inject
        org.kafo.model.Repositories repositories;

        @Override
        public HealthCheckResponse call() {
            boolean up = startup.isReady();
            String detail = "started";
            if (up) {
                try {
                    repositories.regions().findByCode("--");
                } catch (RuntimeException e) {
                    java.util.logging.Logger.getLogger(Health.class.getName()).log(java.util.logging.Level.WARNING,
                            "Readiness: the database did not answer", e);
                    up = false;
                    detail = "database unreachable";
                }
            } else {
                detail = "starting";
            }
            return HealthCheckResponse.named("kafo-data").status(up).withData("state", detail).build();
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Live implements HealthCheck {

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("kafo");
        }
    }
}
