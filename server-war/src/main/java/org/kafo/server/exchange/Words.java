package org.kafo.server.exchange;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the exchange formats in one language ({@code exchange/words.properties}, English, and
 * {@code words_fr.properties}): the narratives of an IATI activity, the free texts of a WOCAT record,
 * the summaries of a calendar. Both files have the same keys (a test keeps it so); every text is a
 * {@link MessageFormat} pattern (an apostrophe is written twice).
 */
final class Words {

    static final String BUNDLE = "org.kafo.server.exchange.words";

    /** The languages every format is written in where it takes several: French first. */
    static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    Words(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A day as the language writes it: 30 décembre 2026, December 30, 2026. */
    String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
