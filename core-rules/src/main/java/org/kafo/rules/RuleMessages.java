package org.kafo.rules;

import java.util.Collections;
import java.util.HashMap;
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
 * names the facts of its verdict in braces: {@code "Le plan dure {days} jours."}.
 */
final class RuleMessages {

    /** The languages every message exists in; English is the fallback. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)}");

    private final Map<String, Map<String, String>> byLanguage;

    private RuleMessages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
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
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = verdict.facts().get(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(text);
        return text.toString();
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
