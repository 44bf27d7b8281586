package org.kafo.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The package-cycle tests of one module: extend it in the module's test sources with the module's
 * root package, and plant a cycle under {@code <root>.planted.cycle} (two classes in two packages
 * that use each other).
 *
 * <pre>{@code
 * class PackageCyclesTest extends PackageCyclesContract {
 *     PackageCyclesTest() {
 *         super("org.kafo.model");
 *     }
 * }
 * }</pre>
 */
public abstract class PackageCyclesContract {

    private final String rootPackage;

    /** @param rootPackage the package of the module's classes, such as {@code org.kafo.model} */
    protected PackageCyclesContract(String rootPackage) {
        this.rootPackage = Objects.requireNonNull(rootPackage, "root package is required");
    }

    @Test
    public void the_production_packages_depend_on_each_other_in_one_direction_only() {
        PackageCycles.check(rootPackage);
    }

    @Test
    public void the_rule_catches_the_cycle_planted_in_the_test_sources() {
        // given
        String planted = rootPackage + ".planted.cycle";
        JavaClasses classes = new ClassFileImporter().importPackages(planted);
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        if (packages.size() < 2) {
            throw new AssertionError("no cycle planted: " + planted + " should hold two packages that use each other, holds "
                    + packages);
        }

        // when
        EvaluationResult result = PackageCycles.RULE.evaluate(classes);

        // then
        if (!result.hasViolation() || !result.getFailureReport().toString().contains(planted)) {
            throw new AssertionError("the rule did not catch the cycle planted in " + planted + ": "
                    + result.getFailureReport());
        }
    }
}
