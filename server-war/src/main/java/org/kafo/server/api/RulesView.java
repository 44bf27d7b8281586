package org.kafo.server.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Severity;

/**
 * The rules in force: the profile's name and values (PACT's parameters by name, then the integrator's),
 * the packs the book was built from, and each rule with its severity in this book, what it checks in
 * the language asked for ({@code Accept-Language}: French or English) and the pack it comes from.
 */
@Schema(name = "Rules", example = """
        {"profile": "bf-ccco", "parameters": {"plan-horizon-months": "6", "priority-sectors-min": "2",
         "bf.ccco.min-village-councils": "1"}, "packs": ["pact", "bf-ccco"],
         "rules": [{"id": "EST-1", "severity": "BLOCKING", "pack": "pact",
         "description": "A framework is established only on a recorded council deliberation ..."}]}""")
public record RulesView(String profile, Map<String, String> parameters, List<String> packs, List<RuleView> rules) {

    /** One rule in force. */
    @Schema(name = "RuleInForce")
    public record RuleView(String id, Severity severity, String description, String pack) {
    }

    public static RulesView of(RuleBook book, Locale language) {
        return new RulesView(book.profile().name(), book.profile().values(), book.packs(), book.rules().stream()
                .map(rule -> new RuleView(rule.id(), rule.severity(),
                        book.description(rule.id(), language).orElse(null), rule.pack()))
                .toList());
    }
}
