package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.kafo.server.access.AccessPolicy;

/**
 * What the page resources share: the templates, the visit, and the access policy that every page
 * asks first (an architecture test keeps it so).
 */
abstract class Pages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    Templates templates;

    @Inject
    Visit visit;

    @Inject
    AccessPolicy access;

    /** A page: a template with the common {@link Page} as {@code p} and its own data. */
    Response page(int status, String template, String titleKey, Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("p", new Page(visit.texts(), visit.identity(), visit.csrf(), visit.path(), titleKey));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Response.status(status).type(HTML).entity(templates.render(template, parameters)).build();
    }

    Response page(String template, String titleKey, Object... namesAndValues) {
        return page(200, template, titleKey, namesAndValues);
    }

    /** After a form: see the page it leads to (303, so that reloading does not post again). */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
