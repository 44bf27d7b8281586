package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.kafo.rules.RuleBook;
import org.kafo.server.access.Caller;
import org.kafo.server.access.SignInRequiredException;
import org.kafo.server.api.Problem;
import org.kafo.server.problem.ProblemMapper;

/**
 * What a page answers when it cannot show itself: the sign-in page when nobody is signed in, and
 * otherwise a page that says what went wrong in the visit's language, with the status the API
 * would answer (404 for a framework the account has no role in, as for one that does not exist; 409
 * for a change someone else made first; 400 for what the model refuses, with its reason; 413 for a
 * file too large to be a sheet). A client that does not ask for HTML
 * (no {@code text/html} in its {@code Accept}) gets the API's problem instead.
 */
public class WebFailures implements ExceptionMapper<Throwable> {

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
        Problem problem = ProblemMapper.of(caller, rules).problem(failure);
        int status = problem.status();
        String key;
        String detail = null;
        if (status == 404) {
            key = "error.not-found";
        } else if (status == 403) {
            key = "error.forbidden";
        } else if (status == 405) {
            key = "error.not-allowed";
        } else if (status == 413) {
            key = "error.too-large";
        } else if (status == 409) {
            key = "error.conflict";
            detail = problem.detail();
        } else if (status < 500) {
            key = "error.bad-request";
            detail = problem.detail();
        } else {
            key = "error.server";
        }
        Page page = new Page(visit.texts(), visit.identity(), visit.csrf(), visit.path(), "error.title");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("p", page);
        parameters.put("message", key);
        parameters.put("detail", detail);
        Response.ResponseBuilder response = Response.status(status).type(Pages.HTML)
                .entity(templates.render("error.jte", parameters));
        if (status == 413) {
            // the rest of the body was not read: the connection cannot carry another request
            response.header("Connection", "close");
        }
        return response.build();
    }

    /** A browser asks for HTML, and htmx says it is there; any other client gets a problem, as from the API. */
    private boolean wantsHtml() {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return headers.getHeaderString("HX-Request") != null || (accept != null && accept.contains("text/html"));
    }
}
