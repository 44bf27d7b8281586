package org.kafo.server.core;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Locale;

/**
 * What the current request says about its caller: the language of messages (the first of
 * {@code Accept-Language} that is French or English, English otherwise) and the path it asked for,
 * which problems name as their {@code instance}.
 */
@RequestScoped
public class Caller {

    private Locale locale = Locale.ENGLISH;
    private String path;

    public Locale locale() {
        return locale;
    }

    public String path() {
        return path;
    }

    public void accept(List<Locale> acceptable, String requestPath) {
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
}
