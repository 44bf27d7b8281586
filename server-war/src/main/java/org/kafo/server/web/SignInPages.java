package org.kafo.server.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.kafo.server.access.Public;
import org.kafo.server.signin.AccountService;
import org.kafo.server.signin.ClientAddresses;
import org.kafo.server.signin.PasswordHashes;
import org.kafo.server.signin.SignIn;

/**
 * Signing in and out, and the language of the pages. Signing in checks the password as the API
 * does (the same {@link SignIn} and its throttle) and keeps a sign-in token in the
 * {@code kafo_session} cookie; signing out revokes it. The language switch keeps the choice in the
 * {@code kafo_lang} cookie and, once signed in, on the account; signing in sets the cookie from the
 * account's choice, so that the account's language follows it to another browser.
 */
@Path("")
@Produces(Pages.HTML)
public class SignInPages extends Pages {

    @Inject
    SignIn signIn;

    @Inject
    AccountService accounts;

    @Inject
    ClientAddresses addresses;

    @Inject
    Sessions sessions;

    @Context
    HttpServletRequest request;

    @GET
    @Path("signin")
    @Public
    public Response form() {
        if (visit.identity() != null) {
            return seeOther("/");
        }
        return page("signin.jte", "signin.title", "error", "", "username", "");
    }

    @POST
    @Path("signin")
    @Public
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return page(400, "signin.jte", "signin.title", "error", "signin.missing", "username", name);
        }
        SignIn.Result result = signIn.password(name, password, addresses.of(request));
        if (result instanceof SignIn.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            return Response.fromResponse(page(429, "signin.jte", "signin.title", "error", "signin.throttled",
                    "username", name)).header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        if (!(result instanceof SignIn.Accepted)) {
            return page(401, "signin.jte", "signin.title", "error", "signin.refused", "username", name);
        }
        Response signedIn = sessions.start(name, "/", secure());
        return accounts.language(name).map(language -> Response.fromResponse(signedIn)
                .header(HttpHeaders.SET_COOKIE, languageCookie(language)).build()).orElse(signedIn);
    }

    @POST
    @Path("signout")
    @Public
    public Response signOut() {
        if (visit.session() != null) {
            accounts.revokeToken(PasswordHashes.digest(visit.session()));
        }
        return Response.seeOther(java.net.URI.create("/signin"))
                .header(HttpHeaders.SET_COOKIE, Cookies.cookie(WebFilter.SESSION, "", 0, "Lax", secure())).build();
    }

    @POST
    @Path("language")
    @Public
    public Response language(@FormParam("lang") String language, @FormParam("back") String back) {
        String chosen = "en".equals(language) ? "en" : "fr";
        String to = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        if (visit.identity() != null) {
            accounts.chooseLanguage(visit.identity().username(), chosen);
        }
        return Response.seeOther(java.net.URI.create(to)).header(HttpHeaders.SET_COOKIE, languageCookie(chosen)).build();
    }

    /** The language of the pages in this browser: the account's once signed in, the visitor's before. */
    private String languageCookie(String language) {
        return Cookies.cookie(WebFilter.LANGUAGE, language, Duration.ofDays(365).toSeconds(), "Lax", secure());
    }

    private boolean secure() {
        return request.isSecure();
    }
}
