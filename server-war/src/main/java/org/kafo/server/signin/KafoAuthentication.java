package org.kafo.server.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.kafo.server.access.Identity;

/**
 * How a request signs in, asked before each request by the {@link SignInModule} (Jakarta
 * Authentication): {@code Authorization: Basic} with a user name and
 * password, or {@code Authorization: Bearer} with a token from {@code POST /api/auth/tokens}. No
 * header: the request goes on anonymous, and every resource but the public ones answers 401.
 * Wrong, unknown or malformed credentials: the request goes on marked {@link #REFUSED}, and the
 * {@link AccessFilter} answers 401 as a problem, with the same message whatever was wrong (through
 * JAX-RS, like every other answer: a response written here lost its headers when the client asked
 * to upgrade to HTTP/2). A password goes through the {@link SignIn}'s throttle first: while its account
 * or address must wait, the request goes on marked {@link #THROTTLED} (429). A token signs in in one
 * step, through the {@link TokenIdentities} (which remember for a while whom it signs in, account and
 * grants, and forget it as soon as either changes); the request goes on with that
 * {@link #IDENTITY}. Nothing is kept between requests (no session, no cookie).
 */
@ApplicationScoped
public class KafoAuthentication {

    /** The request attribute that holds the bearer token's digest, for signing out. */
    public static final String TOKEN_DIGEST = "kafo.token-digest";

    /** The request attribute that holds whom a bearer token signed in (an {@link Identity}), for the {@link AccessFilter}. */
    public static final String IDENTITY = "kafo.identity";

    /** The request attribute that marks credentials that were sent and are not valid. */
    public static final String REFUSED = "kafo.credentials-refused";

    /** The request attribute that holds how long a throttled sign-in must still wait. */
    public static final String THROTTLED = "kafo.sign-in-throttled";

    public static final String CHALLENGE = "Basic realm=\"kafo\", Bearer realm=\"kafo\"";

    @Inject
    TokenIdentities tokens;

    @Inject
    SignIn signIn;

    @Inject
    ClientAddresses addresses;

    /**
     * Whom the request signs in as, if anyone: the caller's name and groups, for the container.
     * Empty for an anonymous request, and for one whose credentials were refused or held back by
     * the throttle (then marked {@link #REFUSED} or {@link #THROTTLED}).
     */
    public Optional<CredentialValidationResult> signIn(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Credential credential = credential(header.strip());
        if (credential instanceof UsernamePasswordCredential password) {
            return password(password, request);
        }
        if (credential instanceof TokenCredential token) {
            Optional<Identity> who = tokens.identity(token.token());
            if (who.isPresent()) {
                request.setAttribute(TOKEN_DIGEST, PasswordHashes.digest(token.token()));
                request.setAttribute(IDENTITY, who.get());
                return Optional.of(KafoIdentityStore.valid(who.get()));
            }
        }
        request.setAttribute(REFUSED, Boolean.TRUE);
        return Optional.empty();
    }

    /** A password sign-in, through the {@link SignIn}'s throttle. */
    private Optional<CredentialValidationResult> password(UsernamePasswordCredential password, HttpServletRequest request) {
        SignIn.Result result = signIn.password(password.getCaller(), password.getPasswordAsString(), addresses.of(request));
        if (result instanceof SignIn.Accepted accepted) {
            return Optional.of(accepted.result());
        }
        if (result instanceof SignIn.Throttled throttled) {
            request.setAttribute(THROTTLED, throttled.retryAfter());
        } else {
            request.setAttribute(REFUSED, Boolean.TRUE);
        }
        return Optional.empty();
    }

    /** The credential a header carries, or null if it is neither Basic nor Bearer or cannot be read. */
    static Credential credential(String header) {
        int space = header.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String value = header.substring(space + 1).strip();
        if (scheme.equals("bearer") && !value.isEmpty()) {
            return new TokenCredential(value);
        }
        if (!scheme.equals("basic")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
