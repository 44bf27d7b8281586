package org.kafo.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.pact.PactRules;
import org.kafo.rules.pact.Plan1PlanHorizon;
import org.kafo.rules.planted.LeakyRule;

@DisplayName("core-rules depends on the JDK and Kafo's core alone")
class ArchitectureTest {

    private static final ArchRule JDK_AND_CORE_ONLY = classes().that().resideInAPackage("org.kafo.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.kafo.rules..", "org.kafo.model..")
            .as("classes of org.kafo.rules depend only on java, org.kafo.rules and org.kafo.model");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kafo.rules");

    @Test
    void the_production_classes_are_imported() {
        assertThat(PRODUCTION).hasSizeGreaterThan(40);
        assertThat(PRODUCTION.contain(RuleBook.class)).isTrue();
        assertThat(PRODUCTION.contain(PactRules.class)).isTrue();
        assertThat(PRODUCTION.contain(Plan1PlanHorizon.class)).isTrue();
        assertThat(PRODUCTION.contain(AdoptActionPlan.class)).isTrue();
        assertThat(PRODUCTION.contain(LeakyRule.class)).isFalse();
        assertThat(PRODUCTION.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void the_rules_depend_on_the_jdk_and_kafo_core_only() {
        JDK_AND_CORE_ONLY.check(PRODUCTION);
    }

    @Test
    void a_planted_dependency_on_a_test_library_is_caught() {
        // given
        JavaClasses planted = new ClassFileImporter().importClasses(LeakyRule.class);

        // when
        EvaluationResult result = JDK_AND_CORE_ONLY.evaluate(planted);

        // then
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("org.assertj"));
    }
}
