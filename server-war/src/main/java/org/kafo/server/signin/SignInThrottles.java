package org.kafo.server.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's sign-in throttle, from MicroProfile Config ({@code kafo.auth.throttle.*}). The
 * defaults follow OWASP ASVS 4.0 V2.2.1 (no more than 100 failed attempts an hour on one account):
 * an account's 3 first failures are free, the next ones wait 1, 2, 4, ... s, the 10th locks it out
 * for 15 minutes, so at most about 40 failures an hour; an address, which may be a whole office
 * behind one router, has 20 free failures, waits up to a minute, and is locked out at the 100th.
 */
@ApplicationScoped
public class SignInThrottles {

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.account.free-failures", defaultValue = "3")
    int accountFree;

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.account.lockout-failures", defaultValue = "10")
    int accountLockout;

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.address.free-failures", defaultValue = "20")
    int addressFree;

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.address.lockout-failures", defaultValue = "100")
    int addressLockout;

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.first-delay-seconds", defaultValue = "1")
    long firstDelay;

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.max-delay-seconds", defaultValue = "60")
    long maxDelay;

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.lockout-seconds", defaultValue = "900")
    long lockout;

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.forget-after-seconds", defaultValue = "900")
    long forgetAfter;

    @Inject
    @ConfigProperty(name = "kafo.auth.throttle.max-entries", defaultValue = "10000")
    int maxEntries;

    @Produces
    @ApplicationScoped
    SignInThrottle throttle() {
        return new LocalSignInThrottle(limits(accountFree, accountLockout), limits(addressFree, addressLockout), maxEntries,
                Clock.systemUTC());
    }

    private LocalSignInThrottle.Limits limits(int free, int lockoutAt) {
        return new LocalSignInThrottle.Limits(free, lockoutAt, Duration.ofSeconds(firstDelay), Duration.ofSeconds(maxDelay),
                Duration.ofSeconds(lockout), Duration.ofSeconds(forgetAfter));
    }
}
