package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.rules.RuleBook;
import org.kafo.server.access.Caller;
import org.kafo.server.access.ForbiddenException;
import org.kafo.server.access.SignInRequiredException;
import org.kafo.server.problem.ProblemMapper;

/**
 * What a page answers when it cannot show itself: the sign-in page when nobody is signed in, and
 * otherwise a page that says what went wrong in the visit's language (404 for a framework the
 * account has no role in, as for one that does not exist). A client that does not ask for HTML
 * (no {@code text/html} in its {@code Accept}) gets the API's problem instead.
 */
public class WebFailures implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(WebFailures.class.getName());

    @Inject
    Templates templates;

    @Inject
    Visit visit;

    @Inject
    Caller caller;

    @Inject
    RuleBook rules;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        if (!wantsHtml()) {
            return ProblemMapper.of(caller, rules).toResponse(failure);
        }
        if (failure instanceof SignInRequiredException) {
            return Response.seeOther(URI.create("/signin")).build();
        }
        int status;
        String key;
        if (failure instanceof AggregateNotFoundException || failure instanceof NotFoundException) {
            status = 404;
            key = "error.not-found";
        } else if (failure instanceof ForbiddenException || failure instanceof jakarta.ws.rs.ForbiddenException) {
            status = 403;
            key = "error.forbidden";
        } else if (failure instanceof NotAllowedException) {
            status = 405;
            key = "error.not-allowed";
        } else if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            status = web.getResponse().getStatus();
            key = "error.bad-request";
        } else {
            LOG.log(Level.SEVERE, "a page failed", failure);
            status = 500;
            key = "error.server";
        }
        Page page = new Page(visit.texts(), visit.identity(), visit.csrf(), visit.path(), "error.title");
        return Response.status(status).type(Pages.HTML)
                .entity(templates.render("error.jte", Map.of("p", page, "message", key))).build();
    }

    /** A browser asks for HTML, and htmx says it is there; any other client gets a problem, as from the API. */
    private boolean wantsHtml() {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return headers.getHeaderString("HX-Request") != null || (accept != null && accept.contains("text/html"));
    }
}
