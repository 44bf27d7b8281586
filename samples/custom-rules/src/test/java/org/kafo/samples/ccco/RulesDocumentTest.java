package org.kafo.samples.ccco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleDefinition;
import org.kafo.rules.RuleInForce;
import org.kafo.rules.RulePack;
import org.kafo.rules.pact.PactRules;

/**
 * {@code docs/rules.md}, the list of every rule, is written from the rule books: PACT's and the CCCo
 * pack's (this module is the one whose class path holds both). For each rule: what it checks (its
 * {@code <id>.description} message), what to do about its verdicts (its {@code <id>.remedy}), where the approach says so (the quotes in the first paragraph
 * of its class's javadoc, or {@link #WITHOUT_QUOTE}), its severity in each book, and its test (the
 * class named after the rule's, else the tests that name it). The test fails when the document and
 * the books differ; {@code -Dkafo.rules.write=true} writes the document instead:
 * {@code ./mvnw -o -q -pl samples/custom-rules -am verify -Dkafo.rules.write=true}.
 */
@DisplayName("docs/rules.md lists every rule as the books hold it")
class RulesDocumentTest {

    /** The repository's root: the sources and tests of the rules, and docs/. */
    private static final Path ROOT = Path.of(System.getProperty("kafo.root", "../..")).toAbsolutePath().normalize();

    private static final Path DOCUMENT = ROOT.resolve("docs/rules.md");

    /** The modules whose sources hold rules. */
    private static final List<String> MODULES = List.of("core-rules", "samples/custom-rules");

    /** Where the approach says so, for the rules whose javadoc quotes no text. */
    static final Map<String, String> WITHOUT_QUOTE = Map.of(
            "PLAN-3", "the approach's role split: the commune builds and organises, professional organisations train and"
                    + " inform their members, technical services advise, the support programme trains, partners finance",
            "PLAN-6", "cost sharing: who pays what is agreed when the plan is adopted",
            "MEET-1", "negotiation among the parties; the quorum (half the professional organisations) is a default of"
                    + " the PACT profile",
            "BF-CCCO-2", "decree 2009-838 (Burkina Faso): village development councils are among the CCCo's members");

    private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:link|code|value)\\s+([^}]*)}");

    private final RuleBook pact = PactRules.book();
    private final RuleBook ccco = CccoRules.book();

    @Test
    void the_document_lists_every_rule_of_both_books_with_its_severity_in_each() throws IOException {
        // given
        String expected = document();
        if (Boolean.getBoolean("kafo.rules.write")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, expected);
        }

        // when
        String actual = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "";

        // then: first the rules named, then every word
        Set<String> ids = new LinkedHashSet<>(pact.ruleIds());
        ids.addAll(ccco.ruleIds());
        assertThat(rowIds(actual)).as("the rules docs/rules.md lists (regenerate it with -Dkafo.rules.write=true)")
                .containsExactlyElementsOf(ids);
        assertThat(actual).as("docs/rules.md against the rule books (regenerate it with -Dkafo.rules.write=true)")
                .isEqualTo(expected);
    }

    @Test
    void every_rule_says_where_the_approach_says_so_and_has_a_test() {
        for (String id : definitions().keySet()) {
            assertThat(seed(id)).as("where the approach says %s: quote it in its class's javadoc, or add it to"
                    + " WITHOUT_QUOTE", id).isNotBlank();
            assertThat(tests(id)).as("the test of %s", id).isNotEmpty();
        }
        assertThat(definitions().keySet()).containsAll(WITHOUT_QUOTE.keySet());
    }

    @Test
    void a_quote_is_read_from_the_first_paragraph_of_the_rules_javadoc() {
        assertThat(seed("EST-1")).isEqualTo("\"The decision to establish a framework is made on the back of commune"
                + " council deliberations.\"");
        assertThat(seed("CYC-2")).isEqualTo("\"During these periodic meetings ...\"; \"the successive nature of the"
                + " consultation framework meetings ...\"");
        assertThat(seed("PLAN-3")).isEqualTo(WITHOUT_QUOTE.get("PLAN-3"));
    }

    private static List<String> rowIds(String document) {
        return document.lines().takeWhile(line -> !line.startsWith("## "))
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))).toList();
    }

    /** The document, as the books and the sources say. */
    private String document() {
        StringBuilder out = new StringBuilder();
        out.append("""
                # The rules

                Every rule of Kafo's two rule books: PACT's catalogue (`PactRules`, profile `pact`, the server's
                default) and Burkina Faso's CCCo pack of [samples/custom-rules](../samples/custom-rules) (profile
                `bf-ccco`: PACT's catalogue, EST-4 replaced, two rules of its own). A server reads the profile that
                `kafo.rules.profile` names and lists its rules at `GET /api/rules`.

                Severity is the rule's in each book: **blocking** refuses the change, **warning** lets it through
                and says someone should act, **info** is for the record; "—" means the book does not have the rule.
                A rule may also give lighter verdicts than its severity (EST-2 warns about a proposal and blocks
                an establishment): its class's javadoc says which. "Where the approach says so" quotes the approach
                (the WOCAT record of PACT, see `domain.md`) or, for the CCCo, its decree, as the rule's javadoc does.

                This file is written by `RulesDocumentTest` (samples/custom-rules) from the rule books, and the
                test fails when they differ (a rule missing or extra, a severity, a description, a remedy). After
                adding or changing a rule, give it a `<ID>.description` (what it checks) and a `<ID>.remedy` (what
                to do about its verdicts, shown under them on the pages) in its pack's messages, in French and
                English, and a quote in its javadoc, then regenerate:

                ```sh
                ./mvnw -o -q -pl samples/custom-rules -am verify -Dkafo.rules.write=true
                ```

                | rule | what it checks | what to do about its verdicts | where the approach says so | PACT | CCCo | test |
                |---|---|---|---|---|---|---|
                """);
        for (String id : definitions().keySet()) {
            RuleBook describing = pact.hasRule(id) ? pact : ccco;
            out.append("| `").append(id).append("` | ")
                    .append(cell(describing.description(id, Locale.ENGLISH).orElse("")))
                    .append(" | ").append(cell(describing.remedy(id, Locale.ENGLISH).orElse("")))
                    .append(" | ").append(cell(seed(id)))
                    .append(" | ").append(severity(pact, id))
                    .append(" | ").append(severity(ccco, id))
                    .append(" | ").append(tests(id).stream().map(RulesDocumentTest::link).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        out.append("\n## The profiles\n\nThe parameters the rules read, by name (`RuleProfile.values()`).\n\n")
                .append("| parameter | `").append(pact.profile().name()).append("` | `").append(ccco.profile().name())
                .append("` |\n|---|---|---|\n");
        Set<String> names = new LinkedHashSet<>(pact.profile().values().keySet());
        names.addAll(ccco.profile().values().keySet());
        for (String name : names) {
            out.append("| `").append(name).append("` | ").append(value(pact, name)).append(" | ")
                    .append(value(ccco, name)).append(" |\n");
        }
        return out.toString();
    }

    private static String value(RuleBook book, String name) {
        String value = book.profile().values().get(name);
        return value == null ? "—" : value.isEmpty() ? "(none)" : value.replace(",", ", ");
    }

    private static String severity(RuleBook book, String id) {
        Optional<RuleInForce> rule = book.rules().stream().filter(r -> r.id().equals(id)).findFirst();
        if (rule.isEmpty()) {
            return "—";
        }
        String severity = rule.get().severity().name().toLowerCase(Locale.ROOT);
        boolean replaced = !"pact".equals(rule.get().pack()) && PactRules.book().hasRule(id);
        return replaced ? severity + " (" + rule.get().pack() + "'s)" : severity;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** The definitions of both packs, PACT's first, by id: each rule once, as its first pack defines it. */
    private static Map<String, RuleDefinition> definitions() {
        Map<String, RuleDefinition> all = new LinkedHashMap<>();
        for (RulePack pack : List.of(PactRules.pack(), CccoRules.pack())) {
            Stream.concat(pack.rules(CccoProfile.ccco()).stream(), pack.replacements(CccoProfile.ccco()).stream())
                    .forEach(definition -> all.putIfAbsent(definition.id(), definition));
        }
        return all;
    }

    /** The class that defines rule {@code id}: the one whose code its checks are (a lambda is named after its class). */
    private static String ruleClass(String id) {
        String lambda = definitions().get(id).checks().values().iterator().next().getClass().getName();
        return lambda.substring(0, lambda.indexOf('$'));
    }

    /** The quotes of the first paragraph of the rule class's javadoc, else {@link #WITHOUT_QUOTE}'s. */
    static String seed(String id) {
        String javadoc = javadoc(source(ruleClass(id), "main"));
        String first = javadoc.split("<p>|<ul>|<table>|\\n\\s*\\n", 2)[0];
        first = INLINE_TAG.matcher(first).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        List<String> quotes = new ArrayList<>();
        Matcher quote = QUOTE.matcher(first);
        while (quote.find()) {
            quotes.add("\"" + quote.group(1).strip() + "\"");
        }
        return quotes.isEmpty() ? WITHOUT_QUOTE.getOrDefault(id, "") : String.join("; ", quotes);
    }

    private static String javadoc(String source) {
        Matcher comment = Pattern.compile("/\\*\\*(.*?)\\*/\\s*(?:@\\w+\\s*)*(?:public\\s+)?(?:final\\s+)?class",
                Pattern.DOTALL).matcher(source);
        if (!comment.find()) {
            return "";
        }
        return comment.group(1).lines().map(line -> line.replaceFirst("^\\s*\\* ?", ""))
                .collect(Collectors.joining("\n")).strip().replaceAll("(?<!\\n)\\n(?!\\n)", " ");
    }

    /**
     * The test classes of rule {@code id}, in the module of its class: its class's name and {@code Test},
     * else the tests that name it (its class, its id, or a constant for its id).
     */
    static List<Path> tests(String id) {
        String type = ruleClass(id);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        String module = moduleOf(type);
        List<Path> tests = sources(module, "test").stream()
                .filter(p -> p.getFileName().toString().equals(simple + "Test.java")).toList();
        if (!tests.isEmpty()) {
            return tests;
        }
        Set<String> names = new LinkedHashSet<>(List.of(simple, "\"" + id + "\""));
        Pattern constant = Pattern.compile("(\\w+)\\s*=\\s*" + simple + "\\.ID\\s*;");
        sources(module, "main").forEach(p -> constant.matcher(read(p)).results().forEach(m -> names.add(m.group(1))));
        return sources(module, "test").stream().filter(p -> p.getFileName().toString().endsWith("Test.java"))
                .filter(p -> !p.getFileName().toString().equals(RulesDocumentTest.class.getSimpleName() + ".java"))
                .filter(p -> names.stream().anyMatch(read(p)::contains)).toList();
    }

    private static String link(Path test) {
        String name = test.getFileName().toString().replace(".java", "");
        return "[" + name + "](../" + ROOT.relativize(test).toString().replace('\\', '/') + ")";
    }

    private static String source(String type, String set) {
        return read(ROOT.resolve(moduleOf(type)).resolve("src/" + set + "/java").resolve(type.replace('.', '/') + ".java"));
    }

    /** The module whose main sources hold {@code type}. */
    private static String moduleOf(String type) {
        String file = type.replace('.', '/') + ".java";
        return MODULES.stream().filter(m -> Files.exists(ROOT.resolve(m).resolve("src/main/java").resolve(file)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no source of " + type + " in " + MODULES));
    }

    private static List<Path> sources(String module, String set) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/" + set + "/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
