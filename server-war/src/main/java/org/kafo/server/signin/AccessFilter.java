package org.kafo.server.signin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Caller;
import org.kafo.server.access.Identity;
import org.kafo.server.access.Public;
import org.kafo.server.access.SignInRequiredException;

/**
 * Before any resource runs: 429 for a sign-in the throttle held back, 401 for credentials the sign-in refused, and for an anonymous request to
 * anything but a {@link Public} resource; otherwise the signed-in caller's account and grants on the
 * {@link Caller} (those a bearer token signed in with, else read for the account signed in). So an anonymous request
 * learns nothing, not even whether an id exists; what a signed-in caller may do is the
 * {@link AccessPolicy}'s to decide.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Override
    public void filter(ContainerRequestContext request) {
        Object wait = servletRequest.getAttribute(KafoAuthentication.THROTTLED);
        if (wait instanceof java.time.Duration retryAfter) {
            throw new SignInThrottledException(retryAfter);
        }
        if (Boolean.TRUE.equals(servletRequest.getAttribute(KafoAuthentication.REFUSED))) {
            throw new SignInRequiredException();
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal != null) {
            Object signedIn = servletRequest.getAttribute(KafoAuthentication.IDENTITY);
            caller.signedIn(signedIn instanceof Identity who && who.username().equals(principal.getName()) ? who
                    : accounts.identity(principal.getName()).orElseThrow(SignInRequiredException::new));
        } else if (!isPublic()) {
            throw new SignInRequiredException();
        }
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    }
}
