package org.kafo.samples.ccco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.memory.InMemoryRepositories;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleFailureException;
import org.kafo.rules.RuleInForce;
import org.kafo.rules.RulePack;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

@DisplayName("The CCCo pack: its book, its profile, its registration as a service")
class CccoRulesTest {

    @Test
    void the_book_holds_pacts_catalogue_with_est_4_replaced_and_the_two_ccco_rules() {
        RuleBook book = CccoRules.book();

        assertThat(book.packs()).containsExactly("pact", "bf-ccco");
        assertThat(book.ruleIds()).hasSize(27).contains("EST-1", "EST-4", "MEET-1")
                .endsWith(CccoRules.MAYOR_CONVENES, CccoRules.VILLAGE_COUNCILS);
        assertThat(book.messageProblems()).isEmpty();
    }

    @Test
    void the_profile_is_pacts_with_six_month_plans_and_the_packs_parameters() {
        RuleProfile ccco = CccoProfile.ccco();
        RuleProfile pact = RuleProfile.pact();

        assertThat(ccco.name()).isEqualTo("bf-ccco");
        assertThat(ccco.planHorizonMonths()).isEqualTo(6);
        assertThat(ccco.quorumRequiresMunicipality()).isTrue();
        assertThat(ccco.quorumProfessionalPercent()).isEqualTo(pact.quorumProfessionalPercent());
        assertThat(ccco.minPrioritySectors()).isEqualTo(pact.minPrioritySectors());
        assertThat(ccco.maxPrioritySectors()).isEqualTo(pact.maxPrioritySectors());
        assertThat(ccco.technicalServiceRequired()).isEqualTo(pact.technicalServiceRequired());
        assertThat(ccco.womenShareTargetPercent()).isEqualTo(pact.womenShareTargetPercent());
        assertThat(ccco.parameters()).containsEntry(CccoProfile.MIN_VILLAGE_COUNCILS, "1")
                .containsEntry(CccoProfile.VILLAGE_COUNCIL_ACRONYM, "CVD");
    }

    @Test
    void the_service_loader_finds_the_pack_and_discover_packs_builds_the_same_book() {
        // when
        RuleBook discovered = RuleBook.builder(CccoProfile.ccco()).pack(PactRules.pack()).discoverPacks().build();

        // then
        assertThat(ServiceLoader.load(RulePack.class)).extracting(RulePack::name).contains("bf-ccco");
        assertThat(discovered.packs()).contains("pact", "bf-ccco");
        assertThat(discovered.ruleIds()).containsExactlyElementsOf(CccoRules.book().ruleIds());
        assertThat(discovered.messageProblems()).isEmpty();
    }

    @Test
    void each_rule_of_its_book_says_what_to_do_about_its_verdicts_in_french_and_english() {
        // given
        RuleBook book = CccoRules.book();

        // then
        assertThat(book.remedyProblems()).isEmpty();
        assertThat(book.remedy(CccoRules.MAYOR_CONVENES, Locale.FRENCH)).hasValueSatisfying(r ->
                assertThat(r).contains("au nom de la mairie"));
        assertThat(book.remedy("EST-4", Locale.ENGLISH)).hasValueSatisfying(r ->
                assertThat(r).contains("village development councils need not"));
    }

    @Test
    void its_profile_chosen_by_name_among_the_packs_found_builds_the_same_book_with_descriptions() {
        // when
        RuleBook chosen = PactRules.book("bf-ccco", ServiceLoader.load(RulePack.class));

        // then
        assertThat(chosen.profile()).isSameAs(CccoProfile.ccco());
        assertThat(chosen.ruleIds()).containsExactlyElementsOf(CccoRules.book().ruleIds());
        assertThat(chosen.rules()).contains(new RuleInForce("EST-1", Severity.BLOCKING, "pact"),
                new RuleInForce("EST-4", Severity.WARNING, "bf-ccco"),
                new RuleInForce(CccoRules.MAYOR_CONVENES, Severity.BLOCKING, "bf-ccco"),
                new RuleInForce(CccoRules.VILLAGE_COUNCILS, Severity.BLOCKING, "bf-ccco"));
        assertThat(chosen.descriptionProblems()).isEmpty();
        assertThat(chosen.description("EST-4", Locale.FRENCH)).hasValueSatisfying(d ->
                assertThat(d).contains("conseils villageois de développement exceptés"));
        assertThat(PactRules.book("pact", ServiceLoader.load(RulePack.class)).ruleIds())
                .doesNotContain(CccoRules.MAYOR_CONVENES);
    }

    @Test
    void the_module_provides_the_pack_as_a_rule_pack_service() {
        Path classes = Path.of(System.getProperty("kafo.classes", "target/classes"));

        ModuleDescriptor module = ModuleFinder.of(classes).find("org.kafo.samples.ccco").orElseThrow().descriptor();

        assertThat(module.provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo(RulePack.class.getName());
            assertThat(provides.providers()).containsExactly(CccoRules.class.getName());
        });
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.kafo.samples.ccco");
    }

    @Test
    void a_profile_asking_for_two_village_councils_refuses_a_framework_with_one() {
        // given
        RuleProfile twoCouncils = RuleProfile.from(CccoProfile.ccco()).parameter(CccoProfile.MIN_VILLAGE_COUNCILS, "2")
                .build();
        RuleBook book = RuleBook.builder(twoCouncils).pack(PactRules.pack()).pack(CccoRules.pack()).build();
        CommuneStory story = new CommuneStory(new ConsultationProcess(new InMemoryRepositories(), book)).proposed();
        story.execute(story.villageACouncilJoins()).orElseThrow();

        // when
        Outcome<?> outcome = story.execute(story.establishment());

        // then
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.verdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.messageKey()).isEqualTo("BF-CCCO-2.too-few-village-councils");
            assertThat(verdict.facts()).containsEntry("count", "1").containsEntry("min", "2");
        });
    }

    @Test
    void a_minimum_of_village_councils_that_is_not_a_number_is_a_broken_profile() {
        // given
        RuleProfile broken = RuleProfile.from(CccoProfile.ccco()).parameter(CccoProfile.MIN_VILLAGE_COUNCILS, "some")
                .build();
        RuleBook book = RuleBook.builder(broken).pack(PactRules.pack()).pack(CccoRules.pack()).build();
        CommuneStory story = new CommuneStory(new ConsultationProcess(new InMemoryRepositories(), book)).proposed();

        // then a bug of configuration, not a rejection
        assertThatThrownBy(() -> story.execute(story.establishment())).isInstanceOf(RuleFailureException.class)
                .hasRootCauseInstanceOf(NumberFormatException.class)
                .rootCause().hasMessageContaining("some");
    }

    @Test
    void a_village_council_is_recognised_by_the_acronym_of_the_profile() {
        // given a profile where village councils go by another acronym
        RuleProfile otherAcronym = RuleProfile.from(CccoProfile.ccco())
                .parameter(CccoProfile.VILLAGE_COUNCIL_ACRONYM, "CVGT").build();
        RuleBook book = RuleBook.builder(otherAcronym).pack(PactRules.pack()).pack(CccoRules.pack()).build();
        CommuneStory story = new CommuneStory(new ConsultationProcess(new InMemoryRepositories(), book)).proposed()
                .withVillageCouncils();

        // when
        List<Verdict> verdicts = story.execute(story.establishment()).verdicts();

        // then the two CVDs are not village councils for this profile
        assertThat(verdicts).extracting(Verdict::messageKey).containsExactly("EST-4.outside-priority-sectors",
                "EST-4.outside-priority-sectors", "BF-CCCO-2.too-few-village-councils");
    }
}
