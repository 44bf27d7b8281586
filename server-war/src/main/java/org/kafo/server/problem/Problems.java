package org.kafo.server.problem;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.kafo.server.api.Problem;

/** Problem responses ({@code application/problem+json}) and their type URIs. */
public final class Problems {

    private Problems() {
    }

    /** The problem type of a Kafo error: {@code urn:kafo:problem:<name>}. */
    public static String type(String name) {
        return "urn:kafo:problem:" + name;
    }

    /** The one answer to a request that must sign in, or whose credentials are not valid, in English. */
    public static Problem unauthorized(String path) {
        return unauthorized(path, Locale.ENGLISH);
    }

    /** The one answer to a request that must sign in, or whose credentials are not valid, in the caller's language. */
    public static Problem unauthorized(String path, Locale locale) {
        return new Problem(type("unauthorized"), Messages.title(locale, "unauthorized", "Sign in required"), 401,
                Messages.detail(locale, "auth.required"), path, "auth.required", null, null);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
