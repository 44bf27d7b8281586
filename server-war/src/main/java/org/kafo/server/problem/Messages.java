package org.kafo.server.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The server's own problem details, in French or English ({@code messages.properties} beside this
 * class). Facts are formatted as text, never as numbers of the locale: a pointer or a bound reads
 * the same in both languages.
 */
public final class Messages {

    static final String BUNDLE = "org.kafo.server.problem.messages";

    private Messages() {
    }

    /** French for a French locale, otherwise English (the root bundle, whatever the machine's locale). */
    public static ResourceBundle bundle(Locale locale) {
        boolean french = locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return ResourceBundle.getBundle(BUNDLE, french ? Locale.FRENCH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The title of a problem type ({@code title.<type>}), or {@code fallback} if the bundle has none. */
    public static String title(Locale locale, String type, String fallback) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey("title." + type) ? text(locale, "title." + type) : fallback;
    }

    /** Whether the bundle words the detail of a problem of this code ({@code problem.<code>}). */
    public static boolean hasDetail(Locale locale, String code) {
        return bundle(locale).containsKey("problem." + code);
    }

    /** The detail of a problem by its code ({@code problem.<code>}), naming its values in order. */
    public static String detail(Locale locale, String code, Object... values) {
        return text(locale, "problem." + code, values);
    }

    public static String text(Locale locale, String key, Object... facts) {
        ResourceBundle bundle = bundle(locale);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("http.other");
        Object[] texts = new Object[facts.length];
        for (int i = 0; i < facts.length; i++) {
            texts[i] = String.valueOf(facts[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(texts);
    }
}
