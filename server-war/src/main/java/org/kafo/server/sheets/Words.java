package org.kafo.server.sheets;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Sector;
import org.kafo.rules.RuleBook;

/**
 * The sheets' words in one language, from the pages' messages ({@code org.kafo.server.web.messages},
 * keys {@code sheet.*}, and the labels the pages give statuses, categories and kinds), with the rule
 * book's sector labels. Reading a sheet back, a label is recognised in French or English alike.
 */
public final class Words {

    private static final String BUNDLE = "org.kafo.server.web.messages";

    /** The languages of the sheets, French first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final RuleBook rules;

    private Words(Locale locale, RuleBook rules) {
        this.locale = locale;
        this.rules = rules;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Words of(Locale locale, RuleBook rules) {
        return new Words(locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH, rules);
    }

    /**
     * The language a request asks for: {@code lang} ({@code fr} or {@code en}) if given, else the
     * request's own.
     *
     * @throws InvariantViolationException ({@code lang.unknown}, 400) for another language
     */
    public static Words of(String lang, Locale requests, RuleBook rules) {
        if (lang == null || lang.isBlank()) {
            return of(requests, rules);
        }
        return switch (lang.strip()) {
            case "fr" -> of(Locale.FRENCH, rules);
            case "en" -> of(Locale.ENGLISH, rules);
            default -> throw new InvariantViolationException("lang.unknown", "lang is fr or en");
        };
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key; a key missing from the messages shows as itself between question marks. */
    public String get(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : "??" + key + "??";
    }

    /** The text of a key with its arguments, as {@link MessageFormat} writes them in the language. */
    public String get(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** An enum's label as the pages write it ({@code category.MUNICIPALITY}), empty for null. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? null : get(prefix + "." + value.name());
    }

    public String sector(Sector sector) {
        return rules == null ? sector.code() : rules.sectorLabel(sector, locale).orElse(sector.code());
    }

    public String yesNo(boolean yes) {
        return get(yes ? "sheet.yes" : "sheet.no");
    }

    /** The value whose label (in French or English) or name is the text, as people type it (case and accents aside). */
    public <E extends Enum<E>> Optional<E> parse(String prefix, Class<E> type, String text) {
        String typed = plain(text);
        for (E value : type.getEnumConstants()) {
            if (plain(value.name()).equals(typed) || plain(value.name().replace('_', ' ')).equals(typed)) {
                return Optional.of(value);
            }
            for (Locale language : LANGUAGES) {
                if (plain(of(language, rules).of(prefix, value)).equals(typed)) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** Yes or no, as people tick a box: oui/non, yes/no, x, 1/0, vrai/faux, true/false; empty for anything else. */
    public Optional<Boolean> parseYesNo(String text) {
        String typed = plain(text);
        if (List.of("oui", "yes", "x", "1", "vrai", "true", "o", "y").contains(typed)) {
            return Optional.of(true);
        }
        if (List.of("non", "no", "0", "faux", "false", "n", "").contains(typed)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** A sector among {@code sectors} whose label (in either language) or code is the text. */
    public Optional<Sector> parseSector(List<Sector> sectors, String text) {
        String typed = plain(text);
        for (Sector sector : sectors) {
            if (plain(sector.code()).equals(typed) || LANGUAGES.stream()
                    .anyMatch(language -> plain(of(language, rules).sector(sector)).equals(typed))) {
                return Optional.of(sector);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without accents, one space between words: how two typings of a name are compared. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.replace('\u00a0', ' ').replace('\u2019', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
