package org.kafo.server.web;

import jakarta.enterprise.context.RequestScoped;
import org.kafo.server.access.Identity;

/**
 * What the pages know of the current request: its language, its session token (none before signing
 * in), the CSRF token its forms carry, and the path it asked for.
 */
@RequestScoped
public class Visit {

    private Texts texts = new Texts(Texts.FRENCH);
    private String session;
    private String csrf;
    private String path = "/";
    private Identity identity;

    void begin(Texts language, String sessionToken, Identity who, String csrfToken, String requestPath) {
        this.texts = language;
        this.session = sessionToken;
        this.identity = who;
        this.csrf = csrfToken;
        this.path = requestPath;
    }

    public Texts texts() {
        return texts;
    }

    /** The session token of a signed-in visit, or null. */
    String session() {
        return session;
    }

    /** The signed-in account, or null. */
    public Identity identity() {
        return identity;
    }

    /** The value every form sends back in its {@code csrf} field. */
    public String csrf() {
        return csrf;
    }

    /** The path of the page, for the language switch to come back to. */
    public String path() {
        return path;
    }
}
