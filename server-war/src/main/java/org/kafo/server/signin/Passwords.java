package org.kafo.server.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The password hashing of this server: PBKDF2 with {@code kafo.auth.pbkdf2-iterations} (600,000 by default). */
@ApplicationScoped
public class Passwords {

    /** Passwords shorter than this are refused. */
    public static final int MINIMUM_LENGTH = 12;

    /** Passwords longer than this are refused. */
    public static final int MAXIMUM_LENGTH = org.kafo.server.api.AccountRequests.PASSWORD_LENGTH;

    @Inject
    @ConfigProperty(name = "kafo.auth.pbkdf2-iterations", defaultValue = "600000")
    int iterations;

    private volatile PasswordHashes hashes;

    public PasswordHashes hashes() {
        PasswordHashes current = hashes;
        if (current == null) {
            current = new PasswordHashes(iterations);
            hashes = current;
        }
        return current;
    }

    /**
     * @throws org.kafo.model.common.InvariantViolationException ({@code password.weak}) if it is too short,
     *                                                            ({@code text.too-long}) if it is too long
     */
    public static void requireStrong(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw new org.kafo.model.common.InvariantViolationException("password.weak",
                    "a password has at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new org.kafo.model.common.InvariantViolationException("text.too-long",
                    "password must be at most " + MAXIMUM_LENGTH + " characters, was " + password.length());
        }
    }
}
