package org.kafo.server.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.server.access.Identity;

/**
 * Whom a sign-in token signs in, in one step: the account and its grants, from an
 * {@link IdentityCache} of {@code kafo.auth.identity-cache.max-entries} tokens (10,000) kept
 * {@code kafo.auth.identity-cache.seconds} (30) at most, else from the database in one query (a
 * token unexpired, of an enabled account), which is then remembered. A token revoked, an account's
 * password changed, the account disabled, a role given or taken back: {@link Accounts} says so
 * ({@link AccessChanged}), and what was remembered is forgotten as soon as that transaction ends,
 * before its answer goes out, so that the next request on this server sees the change. Another
 * server sharing the database sees it when its own entry ends, within
 * {@code kafo.auth.identity-cache.seconds} (0: no cache, every request asks the database).
 */
@ApplicationScoped
public class TokenIdentities {

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "kafo.auth.identity-cache.seconds", defaultValue = "30")
    int seconds;

    @Inject
    @ConfigProperty(name = "kafo.auth.identity-cache.max-entries", defaultValue = "10000")
    int maxEntries;

    private IdentityCache cache;

    @PostConstruct
    void start() {
        cache = new IdentityCache(Math.max(0, maxEntries), Duration.ofSeconds(Math.max(0, seconds)), Clock.systemUTC());
    }

    /** Whom a token signs in, if it is valid: known, not expired, revoked or ended, its account enabled. */
    public Optional<Identity> identity(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String digest = PasswordHashes.digest(token);
        Identity known = cache.get(digest);
        if (known != null) {
            return Optional.of(known);
        }
        long stamp = cache.stamp();
        Optional<Accounts.TokenHolder> holder = accounts.tokenHolder(digest);
        holder.ifPresent(h -> cache.put(stamp, digest, h.identity(), h.expiresAt().toInstant()));
        return holder.map(Accounts.TokenHolder::identity);
    }

    /** Once the change's transaction has ended (at once outside one), whether it was committed or not. */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccessChanged change) {
        if (change.tokenDigest() != null) {
            cache.forget(change.tokenDigest());
        }
        if (change.username() != null) {
            cache.forgetAccount(change.username());
        }
    }
}
