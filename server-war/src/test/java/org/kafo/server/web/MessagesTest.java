package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.DeliberatingBody;
import org.kafo.model.framework.DeliberationOutcome;
import org.kafo.model.common.Money;
import org.kafo.model.common.MoneyTotal;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.NeedKind;
import org.kafo.model.need.NeedStatus;
import org.kafo.model.organisation.OrganisationKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Severity;
import org.kafo.rules.pact.PactRules;
import org.kafo.server.access.Role;

/**
 * Every word of the pages exists in French and in English: the two bundles have the same keys, and
 * every key a template or a page names is in them, as is the label of every value of the enums the
 * templates show.
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path PAGES = Path.of("src/main/java/org/kafo/server/web");

    /** {@code t.of("status", ...)}: the enum whose values that prefix labels. */
    private static final Map<String, Class<? extends Enum<?>>> LABELLED = Map.ofEntries(
            Map.entry("status", FrameworkStatus.class), Map.entry("meeting", MeetingStatus.class),
            Map.entry("action", ActionStatus.class), Map.entry("obstacle", ObstacleStatus.class),
            Map.entry("severity", Severity.class), Map.entry("category", PartyCategory.class),
            Map.entry("actionkind", ActionKind.class), Map.entry("contribution", ContributionForm.class),
            Map.entry("outcome", ReviewOutcome.class), Map.entry("needkind", NeedKind.class),
            Map.entry("needstatus", NeedStatus.class), Map.entry("sex", Sex.class),
            Map.entry("body", DeliberatingBody.class), Map.entry("decided", DeliberationOutcome.class),
            Map.entry("role", Role.class), Map.entry("kind", OrganisationKind.class));

    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("\\.get\\(\"([a-z][a-z0-9.-]*)\"");
    private static final Pattern PREFIX_IN_TEMPLATE = Pattern.compile("\\.of\\(\"([a-z]+)\"");
    /** A string literal shaped as a key: {@code "meeting.held"}; those whose first part begins a key of the pages count. */
    private static final Pattern KEY_IN_PAGE = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void french_and_english_have_the_same_keys() throws IOException {
        assertThat(bundle("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void every_key_the_pages_use_is_in_both_languages() throws IOException {
        // given the keys named by the templates and the page resources
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path file : files(TEMPLATES, ".jte")) {
            String text = Files.readString(file);
            collect(KEY_IN_TEMPLATE, text, used);
            collect(PREFIX_IN_TEMPLATE, text, prefixes);
        }
        Set<String> areas = new TreeSet<>();
        bundle("messages.properties").stringPropertyNames().forEach(key -> areas.add(key.substring(0, key.indexOf('.'))));
        Set<String> literals = new TreeSet<>();
        for (Path file : files(PAGES, ".java")) {
            collect(KEY_IN_PAGE, Files.readString(file), literals);
        }
        literals.removeIf(name -> name.endsWith(".jte") || !areas.contains(name.substring(0, name.indexOf('.'))));
        used.addAll(literals);
        // a key made in the template ("nav." + tab) is checked through what makes it
        used.removeIf(name -> name.endsWith("."));
        Page.FRAMEWORK_TABS.forEach(tab -> used.add("nav." + tab));
        AdminPages.TABS.forEach(tab -> used.add(tab.isEmpty() ? "admin.index" : "admin." + tab));
        for (String prefix : prefixes) {
            assertThat(LABELLED).as("the enum that t.of(\"%s\", ...) labels", prefix).containsKey(prefix);
            Arrays.stream(LABELLED.get(prefix).getEnumConstants()).forEach(value -> used.add(prefix + "." + value.name()));
        }
        assertThat(used).as("keys found in the pages").hasSizeGreaterThan(40).contains("cockpit.plan", "signin.refused");

        // then each is in both bundles
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            assertThat(bundle(bundle).stringPropertyNames()).as(bundle).containsAll(used);
        }
    }

    @Test
    void a_missing_key_would_show_as_itself_and_a_known_one_in_each_language() {
        assertThat(new Texts(Locale.FRENCH).get("no.such-key")).isEqualTo("??no.such-key??");
        assertThat(new Texts(Locale.FRENCH).get("signin.title")).isEqualTo("Connexion");
        assertThat(new Texts(Locale.ENGLISH).get("signin.title")).isEqualTo("Sign in");
    }

    @Test
    void amounts_are_written_as_the_rule_book_writes_them_in_each_language() {
        RuleBook rules = PactRules.book();
        assertThat(new Texts(Locale.FRENCH).money(1_500_000L)).isEqualTo("1\u00a0500\u00a0000\u00a0FCFA");
        assertThat(new Texts(Locale.ENGLISH).money(1_500_000L)).isEqualTo("XOF 1,500,000");
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            assertThat(new Texts(language, rules).money(1_500_000L))
                    .isEqualTo(rules.format(Money.xof(1_500_000L), language));
            assertThat(new Texts(language, rules).money(new BigInteger("1000000000000000000")))
                    .isEqualTo(rules.format(MoneyTotal.xof(new BigInteger("1000000000000000000")), language));
        }
        assertThat(new Texts(Locale.ENGLISH).money((Long) null)).isEqualTo("—");
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static java.util.List<Path> files(Path directory, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
