package org.kafo.server.problem;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.DomainException;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.server.access.Caller;
import org.kafo.server.access.ForbiddenException;
import org.kafo.server.access.SignInRequiredException;
import org.kafo.server.api.Problem;
import org.kafo.server.http.BadInputException;
import org.kafo.server.http.BodyTooLargeException;
import org.kafo.server.signin.ConflictException;
import org.kafo.server.signin.KafoAuthentication;

/**
 * Every failure of a request as {@code application/problem+json}, never a stack trace: no or wrong
 * credentials 401, a role that may not 403, unknown ids (and frameworks of other communes) 404, stale versions 409 with the current version, structural mistakes and unreadable JSON 400,
 * bodies over the limit 413, what JAX-RS itself refuses with its own status (unknown path,
 * method, media type), and anything else a generic 500 whose cause is logged, not shown.
 * <p>
 * No detail is built from a parser's or the container's own message: those name Java types and
 * echo the input at any length. The server's details come from {@link Messages}, in the caller's
 * language, with the input cut to {@link BadInputException#MAX_ECHO} characters; a domain
 * message, written by the model, is cut to {@link #MAX_DETAIL} characters in case it quotes input.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    /** The longest detail a problem carries: a model message quoting a long input stops there. */
    static final int MAX_DETAIL = BadInputException.MAX_ECHO + 40;

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Inject
    Caller caller;

    @Override
    public Response toResponse(Throwable failure) {
        Response response = Problems.response(problem(failure));
        if (response.getStatus() == 401) {
            response.getHeaders().putSingle("WWW-Authenticate", KafoAuthentication.CHALLENGE);
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getHeaderString("Allow") != null) {
            // a 405 says which methods are allowed
            response.getHeaders().putSingle("Allow", web.getResponse().getHeaderString("Allow"));
        }
        if (response.getStatus() == 413) {
            // The rest of the body was not read: the connection cannot carry another request.
            response.getHeaders().putSingle("Connection", "close");
        }
        return response;
    }

    Problem problem(Throwable failure) {
        BodyTooLargeException tooLarge = find(failure, BodyTooLargeException.class);
        if (tooLarge != null) {
            return problem("payload-too-large", "Request body too large", 413,
                    "The request body is larger than the " + tooLarge.limit() + " bytes accepted", "request.too-large");
        }
        if (find(failure, SignInRequiredException.class) != null) {
            return Problems.unauthorized(instance());
        }
        ForbiddenException forbidden = find(failure, ForbiddenException.class);
        if (forbidden != null) {
            return problem("forbidden", "Not allowed", 403, forbidden.getMessage(), "access.forbidden");
        }
        DomainException domain = find(failure, DomainException.class);
        if (domain != null) {
            return domain(domain);
        }
        BadInputException bad = find(failure, BadInputException.class);
        if (bad != null) {
            return problem(bad.code().startsWith("json.") ? "malformed-json" : "invalid-request",
                    bad.code().startsWith("json.") ? "Malformed request body" : "Invalid request", 400,
                    Messages.text(caller.locale(), bad.messageKey(), bad.facts()), bad.code());
        }
        if (find(failure, JsonbException.class) != null || find(failure, JsonException.class) != null) {
            return problem("malformed-json", "Malformed request body", 400, text("json.unreadable"), "json.malformed");
        }
        if (find(failure, NoContentException.class) != null) {
            return problem("malformed-json", "Missing request body", 400, text("json.missing"), "json.missing");
        }
        if (failure instanceof NotFoundException) {
            return problem("not-found", "Not found", 404, text("http.404"), "path.not-found");
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            return http(web.getResponse().getStatusInfo());
        }
        if (UniqueViolation.in(failure)) {
            return problem("stale-version", "Changed by someone else", 409, UniqueViolation.DETAIL, UniqueViolation.CODE);
        }
        String persistence = optimisticLock(failure);
        if (persistence != null) {
            return new Problem(Problems.type("stale-version"), "Changed by someone else", 409,
                    "Someone saved this data since it was read: reload it and decide again", instance(),
                    "aggregate.stale", null, null);
        }
        LOG.log(Level.SEVERE, "Request " + instance() + " failed", failure);
        return problem("server-error", "Internal server error", 500,
                "The server could not complete the request; the error is in its log", "server.error");
    }

    private Problem domain(DomainException failure) {
        if (failure instanceof AggregateNotFoundException notFound) {
            return problem("not-found", "Not found", 404, notFound.getMessage(), notFound.code());
        }
        if (failure instanceof org.kafo.server.signin.NotFoundException missing) {
            return problem("not-found", "Not found", 404, missing.getMessage(), missing.code());
        }
        if (failure instanceof ConflictException conflict) {
            return problem("conflict", "Conflict", 409, conflict.getMessage(), conflict.code());
        }
        if (failure instanceof StaleAggregateException stale) {
            return new Problem(Problems.type("stale-version"), "Changed by someone else", 409, stale.getMessage(),
                    instance(), stale.code(), stale.currentVersion(), null);
        }
        return problem("invalid-request", "Invalid request", 400, failure.getMessage(), failure.code());
    }

    /** What JAX-RS or the container refused with a status of its own (404, 405, 406, 415, ...). */
    Problem http(Response.StatusType status) {
        int code = status.getStatusCode();
        String title = status.getReasonPhrase() == null || status.getReasonPhrase().isBlank() ? "HTTP " + code
                : status.getReasonPhrase();
        String key = "http." + code;
        return problem("http-" + code, title, code, Messages.bundle(caller.locale()).containsKey(key) ? text(key)
                : text("http.other", code + " " + title), key);
    }

    private String text(String key, Object... facts) {
        return Messages.text(caller.locale(), key, facts);
    }

    private Problem problem(String type, String title, int status, String detail, String code) {
        return new Problem(Problems.type(type), title, status, bounded(detail), instance(), code, null, null);
    }

    /** The path asked for, as the problem's {@code instance}: cut like any other input it echoes. */
    private String instance() {
        return caller.path() == null ? null : BadInputException.echo(caller.path());
    }

    private static String bounded(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }

    /** The persistence provider's optimistic lock failure at commit, by name: the server does not depend on JPA. */
    private static String optimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().endsWith("OptimisticLockException")) {
                return t.getClass().getName();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
