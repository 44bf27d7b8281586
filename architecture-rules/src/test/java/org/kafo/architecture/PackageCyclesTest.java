package org.kafo.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.kafo.architecture.planted.cycle.chicken.Chicken;
import org.kafo.architecture.planted.cycle.egg.Egg;

class PackageCyclesTest extends PackageCyclesContract {

    PackageCyclesTest() {
        super("org.kafo.architecture");
    }

    @Test
    void the_rule_names_both_sides_of_a_cycle() {
        // when
        EvaluationResult result = PackageCycles.RULE.evaluate(new ClassFileImporter().importClasses(Chicken.class, Egg.class));

        // then
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(Chicken.class.getName(), Egg.class.getName());
    }

    @Test
    void the_planted_classes_are_no_production_classes() {
        assertThat(PackageCycles.productionClasses("org.kafo.architecture").contain(Chicken.class)).isFalse();
        assertThat(PackageCycles.productionClasses("org.kafo.architecture").contain(PackageCycles.class)).isTrue();
    }

    @Test
    void a_root_package_with_no_production_class_fails_rather_than_passing_on_nothing() {
        assertThatThrownBy(() -> PackageCycles.check("org.kafo.nothing.here")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.kafo.nothing.here");
    }
}
