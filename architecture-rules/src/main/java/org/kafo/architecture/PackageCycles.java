package org.kafo.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Objects;

/**
 * No cycle between packages: every package under {@code org.kafo} is a slice of its own (a module's
 * root package too, such as {@code org.kafo.rules} beside {@code org.kafo.rules.pact}), and no slice
 * reaches itself again through the others. Each module checks its production classes in a test of
 * its own, and shows there that the rule fails on a planted cycle: see {@link PackageCyclesContract}.
 */
public final class PackageCycles {

    /** The rule, on whatever classes it is given. */
    public static final ArchRule RULE = slices().matching("org.kafo.(**)").namingSlices("org.kafo.$1")
            .should().beFreeOfCycles()
            .because("a package that depends on another depends on it in one direction only");

    private PackageCycles() {
    }

    /** The production classes of the module whose packages are {@code rootPackage} and below: its tests left out. */
    public static JavaClasses productionClasses(String rootPackage) {
        Objects.requireNonNull(rootPackage, "root package is required");
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /**
     * Checks the production classes of a module.
     *
     * @throws AssertionError if there are none under {@code rootPackage} (the rule would look at nothing),
     *                        or naming every cycle between their packages
     */
    public static void check(String rootPackage) {
        JavaClasses classes = productionClasses(rootPackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no production classes under " + rootPackage + ": the rule would look at nothing");
        }
        RULE.check(classes);
    }
}
