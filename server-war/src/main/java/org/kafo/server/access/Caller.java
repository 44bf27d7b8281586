package org.kafo.server.access;

import jakarta.enterprise.context.RequestScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the current request says about its caller: who signed in (none for an anonymous request),
 * the language of messages (the first of {@code Accept-Language} that is French or English,
 * English otherwise), the method and path it asked for (problems name the path as their
 * {@code instance}), the body as it arrived, and the access policy's decision once made.
 */
@RequestScoped
public class Caller {

    /** What the access policy allowed: the operation, in which framework (null outside frameworks). */
    public record Decision(Permission operation, UUID framework) {
    }

    private Locale locale = Locale.ENGLISH;
    private String method = "GET";
    private String path;
    private Identity identity;
    private Decision decision;
    private ByteArrayOutputStream body;

    public Locale locale() {
        return locale;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The signed-in caller, or null. */
    public Identity identity() {
        return identity;
    }

    /** The policy's decision for this request, or null before it was asked. */
    public Decision decision() {
        return decision;
    }

    /** The request body as the client sent it (UTF-8), empty if it had none or it was not read. */
    public String body() {
        return body == null ? "" : body.toString(StandardCharsets.UTF_8);
    }

    public void accept(String requestMethod, List<Locale> acceptable, String requestPath) {
        this.method = requestMethod;
        this.path = requestPath;
        this.locale = Locale.ENGLISH;
        for (Locale candidate : acceptable) {
            String language = candidate.getLanguage();
            if (language.equals(Locale.FRENCH.getLanguage()) || language.equals(Locale.ENGLISH.getLanguage())) {
                this.locale = language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
                return;
            }
        }
    }

    public void signedIn(Identity who) {
        this.identity = who;
    }

    void decided(Permission operation, UUID framework) {
        this.decision = new Decision(operation, framework);
    }

    /** Where the request's body is copied as it is read. */
    public void receiving(ByteArrayOutputStream copy) {
        this.body = copy;
    }
}
