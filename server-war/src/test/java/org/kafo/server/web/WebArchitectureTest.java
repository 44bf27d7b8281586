package org.kafo.server.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Repository;
import org.kafo.server.KafoApplication;

/**
 * The pages never write around the process: no page touches an entity manager, saves through a
 * repository or runs a command of the process other than its questions (the follow-up, a check, a quorum);
 * their commands go to the API's writes as data.
 * That every page asks the access policy is {@code ServerArchitectureTest}'s rule, which covers
 * them. The API and the pages are two applications that do not share resources or filters.
 */
class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.kafo.server.web");

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("org.kafo.server.planted.web");

    /** The process's questions: they apply nothing. */
    private static final Set<String> QUESTIONS = Set.of("followUp", "check", "quorum");

    static final List<ArchRule> RULES = List.of(
            noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory")
                    .because("pages read through the repositories and the views the API answers"),
            noClasses().should().callMethodWhere(DescribedPredicate.describe("a save of a repository",
                    (JavaMethodCall call) -> call.getTarget().getName().equals("save")
                            && call.getTargetOwner().isAssignableTo(Repository.class)))
                    .because("the process saves what it changed; a page reads"),
            noClasses().should().callMethodWhere(DescribedPredicate.describe("a command of the process",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(
                            org.kafo.rules.process.ConsultationProcess.class)
                            && !QUESTIONS.contains(call.getTarget().getName())))
                    .because("pages hand their commands to the API's writes, which ask for the access decision and"
                            + " keep the history"));

    @Test
    void pages_never_write_around_the_process() {
        assertThat(WEB.size()).as("web classes imported").isGreaterThan(8);
        for (ArchRule rule : RULES) {
            rule.check(WEB);
        }
    }

    @Test
    void every_rule_catches_its_planted_violation() {
        assertThat(PLANTED).isNotEmpty();
        for (ArchRule rule : RULES) {
            assertThat(rule.evaluate(PLANTED).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }

    @Test
    void the_api_and_the_pages_each_name_their_own_resources_and_filters() {
        // given every resource and provider of the server
        Set<Class<?>> all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kafo.server").stream()
                .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class))
                .map(c -> (Class<?>) c.reflect()).collect(Collectors.toSet());
        Set<Class<?>> api = new KafoApplication().getClasses();
        Set<Class<?>> web = new WebApplication().getClasses();

        // then the API lists each of its own, and no page; the pages list theirs
        assertThat(api).containsAll(all.stream().filter(c -> !c.getPackageName().equals(WebApplication.class.getPackageName()))
                .toList());
        assertThat(api).noneMatch(c -> c.getPackageName().equals(WebApplication.class.getPackageName()));
        assertThat(web).contains(SignInPages.class, AccountPages.class, FrameworkPages.class, StaticFiles.class,
                WebFilter.class, WebFailures.class);
    }
}
