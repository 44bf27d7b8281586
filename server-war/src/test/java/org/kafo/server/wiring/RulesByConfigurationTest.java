package org.kafo.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kafo.rules.RuleBook;
import org.kafo.rules.Severity;
import org.kafo.server.api.RulesView;
import org.kafo.server.api.RulesView.RuleView;

/**
 * The rules chosen by {@code kafo.rules.profile}, with the CCCo pack of samples/custom-rules on the
 * class path as a jar beside the WAR would put it, and {@code GET /api/rules}'s view of them.
 */
@DisplayName("The server's rules chosen by configuration, and the list of them")
class RulesByConfigurationTest {

    private static RuleBook book(String profile) {
        CoreProducers producers = new CoreProducers();
        producers.rulesProfile = profile;
        producers.rulesLibs = Optional.empty();
        return producers.ruleBook();
    }

    @Test
    void pact_by_default_lists_the_catalogue_in_english_and_french() {
        // when
        RulesView english = RulesView.of(book("pact"), Locale.ENGLISH);
        RulesView french = RulesView.of(book("pact"), Locale.FRENCH);

        // then
        assertThat(english.profile()).isEqualTo("pact");
        assertThat(english.packs()).containsExactly("pact");
        assertThat(english.rules()).hasSize(25).extracting(RuleView::pack).containsOnly("pact");
        assertThat(english.rules().get(0)).isEqualTo(new RuleView("EST-1", Severity.BLOCKING,
                "A framework is established only on a recorded council deliberation (number, date and decision),"
                        + " taken no later than the day of establishment.", "pact"));
        assertThat(french.rules().get(0).description()).startsWith("Un cadre n'est établi que sur une délibération");
        assertThat(english.parameters()).containsEntry("plan-horizon-months", "3");
    }

    @Test
    void the_ccco_profile_lists_pacts_rules_its_own_and_its_parameters() {
        // when
        RulesView ccco = RulesView.of(book("bf-ccco"), Locale.FRENCH);

        // then
        assertThat(ccco.profile()).isEqualTo("bf-ccco");
        assertThat(ccco.packs()).containsExactly("pact", "bf-ccco");
        assertThat(ccco.parameters()).containsEntry("plan-horizon-months", "6")
                .containsEntry("bf.ccco.min-village-councils", "1").containsEntry("bf.ccco.village-council-acronym", "CVD");
        assertThat(ccco.rules()).hasSize(27).extracting(RuleView::id).endsWith("BF-CCCO-1", "BF-CCCO-2");
        assertThat(ccco.rules()).filteredOn(r -> r.id().equals("EST-4")).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.pack()).isEqualTo("bf-ccco");
            assertThat(r.description()).contains("conseils villageois de développement exceptés");
        });
        assertThat(ccco.rules()).filteredOn(r -> r.id().equals("BF-CCCO-1")).singleElement()
                .isEqualTo(new RuleView("BF-CCCO-1", Severity.BLOCKING,
                        "La mairie convoque les réunions : dans un CCCo, le maire préside.", "bf-ccco"));
        assertThat(ccco.rules()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }

    @Test
    void packs_beside_the_war_are_read_by_a_loader_of_their_own_below_the_applications(@TempDir Path libs)
            throws IOException {
        // given a directory with a jar and something else
        Path jar = libs.resolve("togou-rules.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("META-INF/services/org.kafo.rules.RulePack"));
        }
        Files.writeString(libs.resolve("README.txt"), "not a jar");
        ClassLoader application = getClass().getClassLoader();

        // when
        ClassLoader packs = CoreProducers.packLoader(" " + libs + " , ", application);

        // then
        assertThat(packs).isInstanceOf(URLClassLoader.class).extracting(ClassLoader::getParent).isSameAs(application);
        assertThat(((URLClassLoader) packs).getURLs()).containsExactly(jar.toUri().toURL());
        assertThat(CoreProducers.packLoader(jar.toString(), application)).isInstanceOf(URLClassLoader.class);
        assertThat(CoreProducers.packLoader("", application)).isSameAs(application);
        assertThatThrownBy(() -> CoreProducers.packLoader(libs.resolve("missing.jar").toString(), application))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("no jar or directory ");
    }

    @Test
    void a_missing_jar_stops_the_start_in_one_line() {
        CoreProducers producers = new CoreProducers();
        producers.rulesProfile = "bf-ccco";
        producers.rulesLibs = Optional.of("/nowhere/ccco.jar");
        assertThatThrownBy(producers::ruleBook).isInstanceOf(IllegalStateException.class)
                .hasMessage("Kafo cannot start: kafo.rules.profile=bf-ccco, kafo.rules.libs=/nowhere/ccco.jar:"
                        + " no jar or directory /nowhere/ccco.jar");
    }

    @Test
    void an_unknown_profile_stops_the_start_in_one_line_naming_the_profiles_there_are() {
        assertThatThrownBy(() -> book("bf-cccp"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Kafo cannot start: kafo.rules.profile=bf-cccp: unknown rule profile 'bf-cccp':"
                        + " the profiles available are bf-ccco, pact");
    }
}
