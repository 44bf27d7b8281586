package org.kafo.server.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kafo.rules.process.ConsultationProcess;
import org.kafo.rules.process.Outcome;

class EveryUseCaseHasAResourceTest {

    @Test
    void every_use_case_of_the_process_is_called_by_a_resource() {
        // given
        Set<String> useCases = Arrays.stream(ConsultationProcess.class.getMethods())
                .filter(m -> m.getDeclaringClass() == ConsultationProcess.class)
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == Outcome.class)
                .filter(m -> !m.getName().equals("execute"))
                .map(Method::getName).collect(Collectors.toSet());
        JavaClasses resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kafo.server.resource");

        // when
        Set<String> called = resources.stream().flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isEquivalentTo(ConsultationProcess.class))
                .map(call -> call.getName()).collect(Collectors.toSet());

        // then
        assertThat(useCases).hasSizeGreaterThan(25);
        assertThat(called).containsAll(useCases);
    }
}
