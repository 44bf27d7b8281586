package org.kafo.server.signin;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks credentials against the accounts: a password against its PBKDF2 hash (an unknown name
 * or a disabled account costs the same time and gets the same answer as a wrong password), a token
 * against the stored digests of unexpired tokens of enabled accounts.
 * Administrators are in the group {@value #ADMINISTRATORS}.
 */
@ApplicationScoped
public class KafoIdentityStore implements IdentityStore {

    public static final String ADMINISTRATORS = "kafo-administrators";

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

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
        return accounts.tokenOwner(PasswordHashes.digest(credential.token()))
                .flatMap(accounts::account)
                .filter(Accounts.Account::enabled)
                .map(KafoIdentityStore::valid)
                .orElse(INVALID_RESULT);
    }

    private static CredentialValidationResult valid(Accounts.Account account) {
        return new CredentialValidationResult(account.username(),
                account.administrator() ? Set.of(ADMINISTRATORS) : Set.of());
    }
}
