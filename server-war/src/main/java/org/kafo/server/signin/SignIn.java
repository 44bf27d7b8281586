package org.kafo.server.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.Optional;
import org.kafo.server.access.Identity;

/**
 * Checks a user name and password through the {@link SignInThrottle} (the API's HTTP Basic and the
 * web pages' sign-in form alike), and whose a token is: one way to sign in, whatever the transport.
 */
@ApplicationScoped
public class SignIn {

    /** How a password sign-in went. */
    public sealed interface Result {
    }

    /** The password is right: the account signed in. */
    public record Accepted(CredentialValidationResult result) implements Result {
    }

    /** Wrong password, unknown or disabled account: the same answer for each. */
    public record Refused() implements Result {
    }

    /** The account or the address must wait that long before a password is checked again. */
    public record Throttled(Duration retryAfter) implements Result {
    }

    @Inject
    IdentityStoreHandler identities;

    @Inject
    SignInThrottle throttle;

    @Inject
    TokenIdentities tokens;

    /**
     * A password sign-in goes through the throttle: while the account or the address must wait, the
     * password is not checked at all (and costs nothing); otherwise the result is reported to it.
     */
    public Result password(String account, String password, String address) {
        Duration wait = throttle.attempt(account, address);
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(account, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(account, address);
            return new Accepted(result);
        }
        throttle.failed(account, address);
        return new Refused();
    }

    /**
     * Whom a token signs in (the account and its grants), if the token is valid (not expired or
     * revoked, its account enabled).
     */
    public Optional<Identity> token(String token) {
        return tokens.identity(token);
    }
}
