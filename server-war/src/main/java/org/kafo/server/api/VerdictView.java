package org.kafo.server.api;

import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;

/**
 * What a rule said about the change: the rule's catalogue id, its severity, the message key and the
 * message in the language asked for ({@code Accept-Language}: French or English), the facts that
 * triggered it as text: names for people ({@code framework}, {@code organisation}, ...) beside the
 * ids for machines ({@code frameworkId}, {@code organisationId}, ...), and what to do about it in
 * that language (the rule's {@code <id>.remedy}; absent when the rule book has none).
 */
@Schema(name = "Verdict", example = """
        {"ruleId": "EST-1", "severity": "BLOCKING", "messageKey": "EST-1.no-deliberation",
         "message": "Framework 'Cadre de concertation de Dioro' cannot be established on 20 March 2008 without a council deliberation (number, date and decision).",
         "facts": {"framework": "Cadre de concertation de Dioro", "frameworkId": "1c2d...", "on": "2008-03-20"},
         "remedy": "Record the council's deliberation (number, date, decision) on the framework's page, then establish the framework again on that day or a later one."}""")
public record VerdictView(String ruleId, Severity severity, String messageKey, String message,
        Map<String, String> facts, String remedy) {

    public static VerdictView of(Verdict verdict, RuleBook rules, Locale language) {
        return new VerdictView(verdict.ruleId(), verdict.severity(), verdict.messageKey(),
                rules.message(verdict, language), verdict.facts(), rules.remedy(verdict.ruleId(), language).orElse(null));
    }
}
