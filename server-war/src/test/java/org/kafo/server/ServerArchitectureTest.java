package org.kafo.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.AggregateRoot;
import org.kafo.model.common.DomainEvent;
import org.kafo.server.access.AccessPolicy;
import org.kafo.server.access.Public;
import org.kafo.server.wiring.CoreProducers;

/**
 * The server adds transport, transactions and identity, nothing else: no rule logic and no change
 * of an aggregate outside the process, and no resource that answers before the access policy has
 * decided. Each rule is also shown to fail on a planted violation.
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

    /** A JAX-RS resource method: it answers an HTTP method. */
    private static final DescribedPredicate<JavaMethod> ANSWERS_HTTP = DescribedPredicate.describe("answer an HTTP method",
            method -> List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class).stream()
                    .anyMatch(method::isAnnotatedWith));

    /** The access policy decides for every resource method but the public ones. */
    private static final ArchCondition<JavaMethod> ASK_THE_ACCESS_POLICY = new ArchCondition<>("ask the access policy") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean open = method.isAnnotatedWith(Public.class) || method.getOwner().isAnnotatedWith(Public.class);
            boolean asks = method.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getTargetOwner().isEquivalentTo(AccessPolicy.class));
            if (!open && !asks) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " answers without asking the access policy"));
            }
        }
    };

    /** A query parameter that narrows a list to one framework's data. */
    private static final DescribedPredicate<JavaMethod> FILTERS_BY_FRAMEWORK = DescribedPredicate.describe(
            "filter by a framework", method -> method.getParameters().stream()
                    .anyMatch(p -> p.isAnnotatedWith(QueryParam.class)
                            && p.getAnnotationOfType(QueryParam.class).value().equals("framework")));

    /** A list filtered by a framework shows no more than that framework shows the caller. */
    private static final ArchCondition<JavaMethod> ASK_WHETHER_THE_FRAMEWORK_IS_SEEN = new ArchCondition<>(
            "ask the access policy whether the caller reads that framework") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean asks = method.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getTargetOwner().isEquivalentTo(AccessPolicy.class)
                            && call.getTarget().getName().equals("filter"));
            if (!asks) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                        + " filters by a framework without asking the access policy whether the caller reads it"));
            }
        }
    };

    static final List<ArchRule> RULES = List.of(
            methods().that(ANSWERS_HTTP).should(ASK_THE_ACCESS_POLICY)
                    .because("who may do what is decided in one place, for every request"),
            methods().that(ANSWERS_HTTP).and(FILTERS_BY_FRAMEWORK).should(ASK_WHETHER_THE_FRAMEWORK_IS_SEEN)
                    .because("a framework hidden from the caller stays hidden in every list filtered by it"),
            noClasses().that().doNotHaveFullyQualifiedName(CoreProducers.class.getName())
                    .should().dependOnClassesThat().resideInAPackage("org.kafo.rules.pact..")
                    .because("the rule catalogue is the rule book's, reached through the process;"
                            + " only the producer of the book names the catalogue it is built from"),
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
    void the_server_holds_no_rule_logic_changes_aggregates_through_the_process_only_and_asks_the_policy() {
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
