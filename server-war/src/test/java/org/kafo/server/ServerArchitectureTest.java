package org.kafo.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.DomainEvent;

/**
 * The server adds transport, transactions and identity, nothing else: no rule logic and no change
 * of an aggregate outside the process. Each rule is also shown to fail on a planted violation.
 */
class ServerArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.kafo.server");

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("org.kafo.server.planted");

    /** A command of an aggregate: a method of a root that records an event, or one of its factories. */
    private static final DescribedPredicate<JavaMethodCall> AGGREGATE_COMMAND = DescribedPredicate.describe(
            "a command of an aggregate (a method of a root returning a domain event, or a factory of one)",
            call -> {
                Class<?> owner = type(call.getTargetOwner());
                if (owner == null || !AggregateRoot.class.isAssignableFrom(owner)) {
                    return false;
                }
                Class<?> returned = type(call.getTarget().getRawReturnType());
                boolean recordsAnEvent = returned != null && DomainEvent.class.isAssignableFrom(returned);
                boolean factory = owner.equals(returned) && !call.getTarget().getName().equals("restore");
                return recordsAnEvent || factory;
            });

    static final List<ArchRule> RULES = List.of(
            noClasses().should().dependOnClassesThat().resideInAPackage("org.kafo.rules.pact..")
                    .because("the rule catalogue is the rule book's, reached through the process"),
            noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.kafo.rules.Rule")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kafo.rules.RuleDefinition")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("org.kafo.rules.Situation")
                    .because("the server never judges a change itself"),
            noClasses().should().callMethod(org.kafo.rules.RuleBook.class, "check", Object.class,
                    org.kafo.rules.Situation.class)
                    .orShould().callMethodWhere(DescribedPredicate.describe("a factory of verdicts",
                            call -> call.getTargetOwner().isEquivalentTo(org.kafo.rules.Verdict.class)
                                    && call.getTarget().getRawReturnType().isEquivalentTo(org.kafo.rules.Verdict.class)))
                    .because("verdicts come from the rule book, through the process"),
            noClasses().should().callMethodWhere(AGGREGATE_COMMAND)
                    .because("aggregates change through the process's commands only"),
            noClasses().should().callMethodWhere(DescribedPredicate.describe("a save of a repository",
                    call -> call.getTarget().getName().equals("save") && type(call.getTargetOwner()) != null
                            && org.kafo.model.common.Repository.class.isAssignableFrom(type(call.getTargetOwner()))))
                    .because("the process saves what it changed; the server reads"));

    /** The class itself, for its whole hierarchy (the importer sees only the server's classes). */
    private static Class<?> type(com.tngtech.archunit.core.domain.JavaClass javaClass) {
        if (javaClass.isPrimitive() || javaClass.isArray()) {
            return null;
        }
        try {
            return Class.forName(javaClass.getName(), false, ServerArchitectureTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    @Test
    void the_server_holds_no_rule_logic_and_changes_aggregates_through_the_process_only() {
        assertThat(SERVER.size()).as("server classes imported").isGreaterThan(30);
        for (ArchRule rule : RULES) {
            rule.check(SERVER);
        }
    }

    @Test
    void every_rule_catches_its_planted_violation() {
        assertThat(PLANTED).isNotEmpty();
        for (ArchRule rule : RULES) {
            assertThat(rule.evaluate(PLANTED).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }
}
