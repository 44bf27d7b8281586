package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Effective;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.territory.Region;
import org.kafo.rules.command.Command;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.RegisterRegion;

class ExecuteTest {

    private final ProcessFixture given = new ProcessFixture();

    private static Set<Class<?>> commandsOfTheProcess() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kafo.rules.command").stream()
                .filter(c -> c.isAssignableTo(Command.class) && !c.isInterface())
                .map(JavaClass::reflect).collect(Collectors.toSet());
    }

    @Test
    void every_command_of_the_process_has_its_own_method_and_is_run_by_execute() {
        // given
        Set<Class<?>> commands = commandsOfTheProcess();
        Set<Class<?>> methodParameters = Arrays.stream(ConsultationProcess.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 1)
                .filter(m -> m.getReturnType() == Outcome.class)
                .map(Method::getParameterTypes).map(types -> types[0]).collect(Collectors.toSet());

        // then
        assertThat(commands).hasSize(40);
        assertThat(given.process.commandTypes()).containsExactlyInAnyOrderElementsOf(commands);
        assertThat(methodParameters).containsAll(commands);
    }

    @Test
    void execute_runs_the_use_case_of_the_command() {
        // when
        Outcome<?> outcome = given.process.execute(new RegisterRegion("02", "Koulikoro", Effective.ALWAYS));

        // then
        assertThat(outcome.result()).isInstanceOfSatisfying(Region.class, r -> assertThat(r.code()).isEqualTo("02"));
        assertThat(given.repositories.regions().findByCode("02")).isPresent();
    }

    @Test
    void execute_returns_what_the_typed_method_returns() {
        // given
        var framework = given.proposedFramework();

        // when
        Outcome<?> outcome = given.process.execute(new EstablishFramework(framework, ProcessFixture.deliberation(),
                ProcessFixture.ESTABLISHED_ON));

        // then
        assertThat(outcome.result()).isInstanceOfSatisfying(ConsultationFramework.class,
                f -> assertThat(f.status()).isEqualTo(FrameworkStatus.ESTABLISHED));
    }

    @Test
    void a_command_the_process_does_not_know_is_rejected() {
        // given
        record Dissolve(String reason) implements Command {
        }

        // when / then
        assertThatThrownBy(() -> given.process.execute(new Dissolve("fin du programme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Dissolve");
    }
}
