package org.kafo.server.web;

import java.math.BigInteger;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.kafo.model.common.Sector;
import org.kafo.rules.RuleBook;

/**
 * The pages' words in one language ({@code web/messages.properties}, English, and
 * {@code messages_fr.properties}), with dates and amounts written as that language writes them.
 */
public final class Texts {

    static final String BUNDLE = "org.kafo.server.web.messages";

    /** The languages of the pages: French first. */
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;
    private final RuleBook rules;

    public Texts(Locale locale) {
        this(locale, null);
    }

    /** With the rule book in force, whose labels name the sectors (a pack may bring its own). */
    public Texts(Locale locale, RuleBook rules) {
        this.locale = locale;
        this.rules = rules;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The language's code, for {@code <html lang>}. */
    public String language() {
        return locale.getLanguage();
    }

    /** The text of a key; a missing key shows as itself between question marks (a test keeps there being none). */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    /** The text of a key with its arguments ({@link MessageFormat}). */
    public String get(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** Sectors by their labels in this language (a code without one shows as itself). */
    public String sectors(List<String> codes) {
        return String.join(", ", codes.stream().map(code -> rules == null ? code
                : rules.sectorLabel(Sector.of(code), locale).orElse(code)).toList());
    }

    /** An enum's label: {@code status.ESTABLISHED}. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    /** A day as people read it: 12 avril 2008, 12 April 2008. */
    public String date(LocalDate day) {
        return day == null ? "—" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** An amount of francs with its unit: 1 500 000 FCFA. */
    public String money(Long amount) {
        return amount == null ? "—" : money(BigInteger.valueOf(amount));
    }

    /** An amount of francs with its unit: 1 500 000 FCFA. */
    public String money(BigInteger amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(true);
        String digits = locale.getLanguage().equals("fr") ? format.format(amount).replace('\u202f', '\u00a0')
                : format.format(amount).replace(',', '\u00a0');
        return digits + "\u00a0FCFA";
    }
}
