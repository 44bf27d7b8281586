package org.kafo.server.web;

/** The pages' cookies: HttpOnly, SameSite, on the whole site, and Secure when the request came over HTTPS. */
final class Cookies {

    private Cookies() {
    }

    /**
     * A {@code Set-Cookie} value; {@code maxAge} in seconds, negative for a cookie that ends with the
     * browser's session, zero to delete it.
     */
    static String cookie(String name, String value, long maxAge, String sameSite, boolean secure) {
        return name + "=" + value + "; Path=/" + (maxAge >= 0 ? "; Max-Age=" + maxAge : "") + "; HttpOnly; SameSite="
                + sameSite + (secure ? "; Secure" : "");
    }
}
