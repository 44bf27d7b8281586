package org.kafo.server.signin;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import org.kafo.server.access.Identity;

/**
 * Checks credentials against the accounts: a password against its PBKDF2 hash (an unknown name
 * or a disabled account costs the same time and gets the same answer as a wrong password), a token
 * against the stored digests of unexpired tokens of enabled accounts (through the
 * {@link TokenIdentities}, which remember them for a while).
 * Administrators are in the group {@value #ADMINISTRATORS}.
 */
@ApplicationScoped
public class KafoIdentityStore implements IdentityStore {

    public static final String ADMINISTRATORS = "kafo-administrators";

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    TokenIdentities tokens;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Accounts.Account> account = accounts.account(credential.getCaller());
        char[] password = credential.getPassword().getValue();
        if (account.isEmpty()) {
            passwords.hashes().verifyNothing(password);
            return INVALID_RESULT;
        }
        // a disabled account costs the same check and gets the same answer as a wrong password
        if (!passwords.hashes().verify(password, account.get().passwordHash()) || !account.get().enabled()) {
            return INVALID_RESULT;
        }
        return valid(account.get());
    }

    public CredentialValidationResult validate(TokenCredential credential) {
        return tokens.identity(credential.token()).map(KafoIdentityStore::valid).orElse(INVALID_RESULT);
    }

    private static CredentialValidationResult valid(Accounts.Account account) {
        return valid(account.username(), account.administrator());
    }

    /** What the container is told of a caller signed in: its name, and its group if it is an administrator. */
    static CredentialValidationResult valid(Identity identity) {
        return valid(identity.username(), identity.administrator());
    }

    private static CredentialValidationResult valid(String username, boolean administrator) {
        return new CredentialValidationResult(username, administrator ? Set.of(ADMINISTRATORS) : Set.of());
    }
}
