package org.kafo.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.kafo.model.planted.UsesArchUnit;

/** The model depends on the JDK and on itself, nothing else. */
class CoreModelDependsOnTheJdkAloneTest {

    static final ArchRule ONLY_THE_JDK_AND_THE_MODEL = classes()
            .that().resideInAPackage("org.kafo.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.kafo.model..")
            .because("core-model depends on the JDK alone");

    private static JavaClasses theProductionModel() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kafo.model");
    }

    @Test
    void the_model_depends_on_the_jdk_alone() {
        // given
        JavaClasses model = theProductionModel();

        // when
        EvaluationResult result = ONLY_THE_JDK_AND_THE_MODEL.evaluate(model);

        // then
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
        ONLY_THE_JDK_AND_THE_MODEL.check(model);
    }

    @Test
    void the_rule_looks_at_the_whole_production_model_and_nothing_else() {
        // when
        JavaClasses model = theProductionModel();

        // then
        assertThat(model.size()).isGreaterThan(40);
        assertThat(model.contain("org.kafo.model.plan.ActionPlan")).isTrue();
        assertThat(model.contain("org.kafo.model.memory.InMemoryRepositories")).isTrue();
        assertThat(model.contain(UsesArchUnit.class)).isFalse();
        assertThat(model.contain(CoreModelDependsOnTheJdkAloneTest.class)).isFalse();
    }

    @Test
    void the_rule_catches_a_model_class_that_uses_a_library() {
        // given
        JavaClasses planted = new ClassFileImporter().importClasses(UsesArchUnit.class);

        // when
        EvaluationResult result = ONLY_THE_JDK_AND_THE_MODEL.evaluate(planted);

        // then
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains(UsesArchUnit.class.getName())
                        && line.contains("com.tngtech.archunit.core.domain.JavaClass"));
    }

    @Test
    void the_rule_catches_the_test_sources_which_use_test_libraries() {
        // given
        JavaClasses withTests = new ClassFileImporter().importPackages("org.kafo.model");

        // when
        EvaluationResult result = ONLY_THE_JDK_AND_THE_MODEL.evaluate(withTests);

        // then
        assertThat(result.hasViolation()).isTrue();
    }
}
