package org.kafo.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of a rule book, read once when the book is built, in French and English. A message
 * names the facts of its verdict in braces: {@code "Le plan dure {days} jours."}; each value reads
 * in the message's language ({@link FactFormat}). The word after a count takes its singular or
 * plural form by that count: {@code "{count} {count|filière|filières}"} reads "1 filière",
 * "2 filières" (in French, 0 takes the singular; in English, only 1).
 */
final class RuleMessages {

    /** The languages every message exists in; English is the fallback. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final String LABELS = "org.kafo.rules.labels";

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)(?:\\|([^|{}]*)\\|([^|{}]*))?}");

    private final Map<String, Map<String, String>> byLanguage;
    private final Map<String, FactFormat> formats = new HashMap<>();

    private RuleMessages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
        byLanguage.forEach((language, messages) -> formats.put(language,
                new FactFormat(Locale.forLanguageTag(language), messages)));
    }

    /**
     * The labels every book has, before its packs' messages: enum constants, sectors, agenda items
     * ({@code labels.properties} beside this class). A pack's bundle may add or override labels.
     */
    static Map<Locale, ResourceBundle> labels() {
        Map<Locale, ResourceBundle> labels = new LinkedHashMap<>();
        labels.put(Locale.ENGLISH, ResourceBundle.getBundle(LABELS, Locale.ROOT));
        labels.put(Locale.FRENCH, ResourceBundle.getBundle(LABELS, Locale.FRENCH));
        return labels;
    }

    static RuleMessages of(List<Map<Locale, ResourceBundle>> sources) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (Locale language : LANGUAGES) {
            Map<String, String> messages = new HashMap<>();
            for (Map<Locale, ResourceBundle> source : sources) {
                ResourceBundle bundle = source.get(language);
                if (bundle != null) {
                    for (String key : Collections.list(bundle.getKeys())) {
                        messages.put(key, bundle.getString(key));
                    }
                }
            }
            byLanguage.put(language.getLanguage(), Map.copyOf(messages));
        }
        return new RuleMessages(Map.copyOf(byLanguage));
    }

    /** The message in the language of {@code locale} (English if neither French nor English). */
    String format(Verdict verdict, Locale locale) {
        String pattern = pattern(verdict.messageKey(), locale);
        if (pattern == null) {
            return verdict.ruleId() + " " + verdict.messageKey() + " " + verdict.facts();
        }
        return format(pattern, verdict.values(), locale);
    }

    /** {@code pattern} with each placeholder replaced by its value as it reads in the language of {@code locale}. */
    String format(String pattern, Map<String, ?> values, Locale locale) {
        FactFormat format = format(locale);
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            String replacement;
            if (value == null) {
                replacement = matcher.group();
            } else if (matcher.group(2) != null) {
                replacement = format.wordAfter(value, matcher.group(2), matcher.group(3));
            } else {
                replacement = format.format(value);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** How values read in the language of {@code locale} (English if neither French nor English). */
    FactFormat format(Locale locale) {
        FactFormat format = formats.get(locale.getLanguage());
        return format == null ? formats.get(Locale.ENGLISH.getLanguage()) : format;
    }

    String pattern(String key, Locale locale) {
        Map<String, String> messages = byLanguage.get(locale.getLanguage());
        if (messages == null) {
            messages = byLanguage.get(Locale.ENGLISH.getLanguage());
        }
        return messages.get(key);
    }

    Set<String> keys(Locale language) {
        return new TreeSet<>(byLanguage.get(language.getLanguage()).keySet());
    }

    static Set<String> placeholders(String pattern) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
