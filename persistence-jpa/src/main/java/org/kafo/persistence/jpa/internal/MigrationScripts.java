package org.kafo.persistence.jpa.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Schema migrations, read from their owner's own resources rather than found by scanning the
 * class path: scanning does not see into a named module, so embedders on the module path get them
 * too. {@link #KAFO} are Kafo's; an application adds its own tables with its own scripts. A test
 * checks that {@link #SCRIPTS} lists every file of {@code db/migration}.
 */
public final class MigrationScripts implements ResourceProvider {

    public static final String LOCATION = "db/migration";

    /** Every migration of Kafo's schema, oldest first. */
    public static final List<String> SCRIPTS = List.of("V1__aggregates.sql", "V2__bounds.sql", "V3__one_per_framework.sql",
            "V4__later_deliberations.sql", "V5__postponed_meetings_and_committee_departures.sql",
            "V6__agenda_item_subject.sql");

    public static final MigrationScripts KAFO = new MigrationScripts(MigrationScripts.class, LOCATION, SCRIPTS);

    private final Class<?> owner;
    private final String location;
    private final List<String> scripts;

    /**
     * @param owner    a class beside the scripts (its class loader or module reads them)
     * @param location the scripts' folder among the owner's resources
     * @param scripts  their names, oldest first
     */
    public MigrationScripts(Class<?> owner, String location, List<String> scripts) {
        this.owner = owner;
        this.location = location;
        this.scripts = List.copyOf(scripts);
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.contains(name) ? new Script(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .<LoadableResource>map(Script::new).toList();
    }

    private final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = owner.getResourceAsStream("/" + location + "/" + name);
            if (in == null) {
                throw new UncheckedIOException(new FileNotFoundException(location + "/" + name));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return location + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
