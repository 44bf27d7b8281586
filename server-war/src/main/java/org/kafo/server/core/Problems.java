package org.kafo.server.core;

import jakarta.ws.rs.core.Response;
import org.kafo.server.api.Problem;

/** Problem responses ({@code application/problem+json}) and their type URIs. */
public final class Problems {

    private Problems() {
    }

    /** The problem type of a Kafo error: {@code urn:kafo:problem:<name>}. */
    public static String type(String name) {
        return "urn:kafo:problem:" + name;
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
