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
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.DomainException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.rules.RuleBook;
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

    /** Renders the values of an invariant violation in the caller's language (days, amounts, constants). */
    @Inject
    RuleBook rules;

    /**
     * The mapper for a caller outside the API's application: the web pages answer a client that does
     * not ask for HTML as the API would.
     */
    public static ProblemMapper of(Caller caller, RuleBook rules) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.caller = caller;
        mapper.rules = rules;
        return mapper;
    }

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

    /** The problem a failure answers, in the caller's language (the pages show its detail). */
    public Problem problem(Throwable failure) {
        BodyTooLargeException tooLarge = find(failure, BodyTooLargeException.class);
        if (tooLarge != null) {
            return problem("payload-too-large", 413, detail("request.too-large", tooLarge.limit()),
                    "request.too-large");
        }
        if (find(failure, SignInRequiredException.class) != null) {
            return Problems.unauthorized(instance(), caller.locale());
        }
        ForbiddenException forbidden = find(failure, ForbiddenException.class);
        if (forbidden != null) {
            String detail = Messages.hasDetail(caller.locale(), forbidden.code())
                    ? detail(forbidden.code(), forbidden.values().toArray()) : detail("access.forbidden");
            return problem("forbidden", 403, detail, "access.forbidden");
        }
        DomainException domain = find(failure, DomainException.class);
        if (domain != null) {
            return domain(domain);
        }
        BadInputException bad = find(failure, BadInputException.class);
        if (bad != null) {
            return problem(bad.code().startsWith("json.") ? "malformed-json" : "invalid-request", 400,
                    Messages.text(caller.locale(), bad.messageKey(), bad.facts()), bad.code());
        }
        if (find(failure, JsonbException.class) != null || find(failure, JsonException.class) != null) {
            return problem("malformed-json", 400, text("json.unreadable"), "json.malformed");
        }
        if (find(failure, NoContentException.class) != null) {
            return new Problem(Problems.type("malformed-json"), title("missing-body", "Missing request body"), 400,
                    text("json.missing"), instance(), "json.missing", null, null);
        }
        if (failure instanceof NotFoundException) {
            return problem("not-found", 404, text("http.404"), "path.not-found");
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            return http(web.getResponse().getStatusInfo());
        }
        if (UniqueViolation.in(failure)) {
            return problem("stale-version", 409, detail(UniqueViolation.CODE), UniqueViolation.CODE);
        }
        String persistence = optimisticLock(failure);
        if (persistence != null) {
            return problem("stale-version", 409, detail("aggregate.stale-commit"), "aggregate.stale");
        }
        LOG.log(Level.SEVERE, "Request " + instance() + " failed", failure);
        return problem("server-error", 500, detail("server.error"), "server.error");
    }

    private Problem domain(DomainException failure) {
        if (failure instanceof AggregateNotFoundException notFound) {
            String what = "aggregate.not-found." + notFound.aggregateType().replace(' ', '-');
            return problem("not-found", 404, Messages.hasDetail(caller.locale(), what) ? detail(what)
                    : detail("aggregate.not-found", notFound.aggregateType()), notFound.code());
        }
        if (failure instanceof org.kafo.server.signin.NotFoundException missing) {
            return problem("not-found", 404, described(missing), missing.code());
        }
        if (failure instanceof ConflictException conflict) {
            return problem("conflict", 409, described(conflict), conflict.code());
        }
        if (failure instanceof StaleAggregateException stale) {
            return new Problem(Problems.type("stale-version"), title("stale-version", "Changed by someone else"), 409,
                    detail("aggregate.stale", stale.expectedVersion(), stale.currentVersion()), instance(),
                    stale.code(), stale.currentVersion(), null);
        }
        return problem("invalid-request", 400, described(failure), failure.code());
    }

    /**
     * The detail of a domain failure in the caller's language, by its code: the bundle's wording with
     * the values the failure gives (none of them an id: "this framework"). In English, a failure that
     * gives its values keeps the model's own message, which names them the same way. A code the
     * bundle does not know reads as the model's message in English, and says its code in French.
     */
    private String described(DomainException failure) {
        List<Object> values = failure instanceof InvariantViolationException invariant ? invariant.values() : List.of();
        boolean french = Locale.FRENCH.getLanguage().equals(caller.locale().getLanguage());
        if (!Messages.hasDetail(caller.locale(), failure.code())) {
            return french ? detail("other", failure.code()) : failure.getMessage();
        }
        if (!french && !values.isEmpty()) {
            return failure.getMessage();
        }
        return detail(failure.code(), values.stream().map(this::inLanguage).toArray());
    }

    private Object inLanguage(Object value) {
        return rules == null || value instanceof String ? value : rules.format(value, caller.locale());
    }

    /** What JAX-RS or the container refused with a status of its own (404, 405, 406, 415, ...). */
    Problem http(Response.StatusType status) {
        int code = status.getStatusCode();
        String title = status.getReasonPhrase() == null || status.getReasonPhrase().isBlank() ? "HTTP " + code
                : status.getReasonPhrase();
        String key = "http." + code;
        String detail = Messages.bundle(caller.locale()).containsKey(key) ? text(key)
                : text("http.other", code + " " + title);
        return new Problem(Problems.type("http-" + code), title("http-" + code, title), code, bounded(detail),
                instance(), key, null, null);
    }

    private String text(String key, Object... facts) {
        return Messages.text(caller.locale(), key, facts);
    }

    private String detail(String code, Object... values) {
        return Messages.detail(caller.locale(), code, values);
    }

    private String title(String type, String fallback) {
        return Messages.title(caller.locale(), type, fallback);
    }

    /** A problem of this type, titled in the caller's language ({@code title.<type>}). */
    private Problem problem(String type, int status, String detail, String code) {
        return new Problem(Problems.type(type), title(type, type), status, bounded(detail), instance(), code, null,
                null);
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
