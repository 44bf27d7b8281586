package org.kafo.server.web;

import java.util.List;
import org.kafo.server.access.Identity;

/**
 * What every template gets besides its own data: the words of its language, who is signed in (null
 * before), the token its forms carry, its own path, and its title's key.
 */
public record Page(Texts t, Identity who, String csrf, String path, String title) {

    /** The tabs of a framework's pages, each labelled {@code nav.<tab>}: its path under the framework's. */
    public static final List<String> FRAMEWORK_TABS = List.of("cockpit", "members", "needs", "meetings", "plans",
            "committee", "indicators", "history");

    /** The stylesheet's address, whose version changes with its content (it is cached for a year). */
    public String css() {
        return StaticFiles.address("kafo.css");
    }

    public String htmx() {
        return StaticFiles.address(StaticFiles.HTMX);
    }
}
