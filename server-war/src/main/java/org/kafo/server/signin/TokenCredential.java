package org.kafo.server.signin;

import jakarta.security.enterprise.credential.Credential;

/** A sign-in token sent as {@code Authorization: Bearer <token>}. */
public record TokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "TokenCredential[***]";
    }
}
