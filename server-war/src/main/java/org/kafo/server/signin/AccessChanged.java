package org.kafo.server.signin;

/**
 * What a sign-in token says changed: the account's password, status or roles (every one of its
 * tokens), or one token revoked. {@link Accounts} fires it with each such change; the
 * {@link TokenIdentities} forget what they knew once the change's transaction has ended.
 *
 * @param username the account whose tokens all changed, or null
 * @param tokenDigest the one token revoked, or null
 */
record AccessChanged(String username, String tokenDigest) {

    static AccessChanged account(String username) {
        return new AccessChanged(username, null);
    }

    static AccessChanged token(String digest) {
        return new AccessChanged(null, digest);
    }
}
