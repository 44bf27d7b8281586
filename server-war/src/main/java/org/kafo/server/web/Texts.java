package org.kafo.server.web;

import java.math.BigInteger;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.common.Sector;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleProfile;

/**
 * The pages' words in one language ({@code web/messages.properties}, English, and
 * {@code messages_fr.properties}), with dates written as that language writes them and amounts as the
 * rule book's messages write them ({@link RuleBook#format}).
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

    /** What stands between a label and what follows: French typography puts a (non-breaking) space before the colon. */
    public String colon() {
        return locale.getLanguage().equals("fr") ? "\u00a0: " : ": ";
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

    /** An amount of francs as the rule book writes it: 1 500 000 FCFA, XOF 1,500,000. */
    public String money(Long amount) {
        return amount == null ? "—" : money(BigInteger.valueOf(amount));
    }

    /** An amount of francs as the rule book writes it: 1 500 000 FCFA, XOF 1,500,000. */
    public String money(BigInteger amount) {
        return amount == null ? "—" : book().format(MoneyTotal.xof(amount), locale);
    }

    /** The rule book in force, or, when the pages were given none, a book of no rule, which writes amounts alike. */
    private RuleBook book() {
        return rules != null ? rules : NoRules.BOOK;
    }

    /** A book without rules, built the first time a page given no rule book writes an amount. */
    private static final class NoRules {
        static final RuleBook BOOK = RuleBook.builder(RuleProfile.pact()).build();
    }
}
