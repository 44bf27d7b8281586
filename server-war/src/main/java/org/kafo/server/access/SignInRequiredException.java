package org.kafo.server.access;

/**
 * The request needs a signed-in caller and has none, or its credentials are wrong: 401. The
 * message is the same for an unknown user, a wrong password and an expired token.
 */
public class SignInRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "Sign in with a user name and password (HTTP Basic) or a token from"
            + " POST /api/auth/tokens (Bearer); the credentials sent, if any, are not valid";

    public SignInRequiredException() {
        super(MESSAGE);
    }
}
