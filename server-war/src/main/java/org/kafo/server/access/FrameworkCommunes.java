package org.kafo.server.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.kafo.model.framework.FrameworkId;

/**
 * The commune of each framework, remembered: a framework never changes commune, so the policy
 * learns it once instead of loading the framework for every request about its plans, meetings or
 * needs. One entry per framework (a few bytes; 815 communes' frameworks are some tens of kilobytes).
 */
@ApplicationScoped
public class FrameworkCommunes {

    private final Map<FrameworkId, UUID> communes = new ConcurrentHashMap<>();

    /** The framework's commune, from {@code lookup} the first time. */
    public UUID of(FrameworkId framework, Function<FrameworkId, UUID> lookup) {
        return communes.computeIfAbsent(framework, lookup);
    }
}
