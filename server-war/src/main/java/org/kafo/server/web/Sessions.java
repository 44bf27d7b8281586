package org.kafo.server.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.kafo.server.signin.AccountService;

/** A page session: a sign-in token of the account (as the API issues them) kept in an HttpOnly cookie. */
@ApplicationScoped
public class Sessions {

    @Inject
    AccountService accounts;

    /** Signs the browser in as {@code username} and sends it to {@code then}; the cookie lasts as long as the token. */
    Response start(String username, String then, boolean secure) {
        var token = accounts.issueToken(username);
        long seconds = Math.max(0, Duration.between(OffsetDateTime.now(), token.expiresAt()).toSeconds());
        return Response.seeOther(URI.create(then))
                .header(HttpHeaders.SET_COOKIE, Cookies.cookie(WebFilter.SESSION, token.token(), seconds, "Lax", secure))
                .build();
    }
}
