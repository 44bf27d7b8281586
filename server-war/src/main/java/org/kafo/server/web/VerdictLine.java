package org.kafo.server.web;

import java.util.List;
import java.util.Locale;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;

/**
 * A verdict as a person reads it on a page: the rule's id and severity, its message in the page's
 * language, what the rule asks for, and what to do about it.
 *
 * @param rule   the rule's description, empty when the rule book has none
 * @param remedy what to do about it, empty when the rule book has nothing to say
 */
public record VerdictLine(String ruleId, Severity severity, String message, String rule, String remedy) {

    public static VerdictLine of(Verdict verdict, RuleBook rules, Locale locale) {
        return new VerdictLine(verdict.ruleId(), verdict.severity(), rules.message(verdict, locale),
                rules.description(verdict.ruleId(), locale).orElse(""), rules.remedy(verdict.ruleId(), locale).orElse(""));
    }

    public static List<VerdictLine> of(List<Verdict> verdicts, RuleBook rules, Locale locale) {
        return verdicts.stream().map(v -> of(v, rules, locale)).toList();
    }

    /** The class of its tag: {@code blocking}, {@code warning}, {@code info}. */
    public String css() {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
