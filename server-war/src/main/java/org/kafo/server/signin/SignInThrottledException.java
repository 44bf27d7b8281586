package org.kafo.server.signin;

import java.time.Duration;

/**
 * Too many failed sign-ins for the account or from the address: the credentials were not checked,
 * and may be sent again after {@link #retryAfter()}. The same answer whether the account exists or
 * not, and whether it was the account or the address that must wait.
 */
public class SignInThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "Too many failed sign-ins for this account or from this address;"
            + " the credentials were not checked. Try again after the number of seconds in Retry-After";

    private final transient Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super(MESSAGE);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up: a client that waits that long is let through. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.minusSeconds(seconds).isZero() ? Math.max(seconds, 1) : seconds + 1;
    }
}
