package org.kafo.server.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kafo.server.access.Caller;
import org.kafo.server.api.Problem;
import org.kafo.server.signin.SignInThrottledException;

/** A throttled sign-in: 429 as a problem ({@code auth.throttled}), with {@code Retry-After} in seconds. */
@Provider
public class SignInThrottledMapper implements ExceptionMapper<SignInThrottledException> {

    @Inject
    Caller caller;

    @Override
    public Response toResponse(SignInThrottledException throttled) {
        Problem problem = new Problem(Problems.type("too-many-sign-ins"),
                Messages.title(caller.locale(), "too-many-sign-ins", "Too many failed sign-ins"), 429,
                Messages.detail(caller.locale(), "auth.throttled"), caller.path(), "auth.throttled", null, null);
        Response response = Problems.response(problem);
        response.getHeaders().putSingle("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        return response;
    }
}
