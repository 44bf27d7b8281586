package org.kafo.server.signin;

import java.time.Duration;

/**
 * What the server remembers of failed password sign-ins, per account name (as sent, whether or
 * not such an account exists) and per client address, to slow down and then stop whoever guesses
 * passwords (OWASP ASVS 4.0, V2.2.1). A sign-in asks {@link #attempt} first and is not checked at
 * all while it must wait (429 with {@code Retry-After}); a checked one then reports how it went.
 * An attempt counts as a failure from the moment it is let through, so that many sent at once
 * cannot all pass before the first has failed; a success takes its failure back.
 *
 * <p>One server keeps this in its memory ({@link LocalSignInThrottle}); servers that share their
 * users would share it through another implementation of these three methods.
 */
public interface SignInThrottle {

    /**
     * A sign-in as {@code account} from {@code address}: how long it must still wait (it is not
     * counted), or zero: check the password now, and say how it went.
     */
    Duration attempt(String account, String address);

    /** The attempt let through failed (wrong password, unknown or disabled account). */
    void failed(String account, String address);

    /** The attempt let through succeeded: the account starts afresh; the address's count takes the attempt back. */
    void succeeded(String account, String address);
}
