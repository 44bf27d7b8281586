package org.kafo.model.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.model.Fixtures.ESTABLISHED_ON;
import static org.kafo.model.Fixtures.aMotorPumpNeed;
import static org.kafo.model.Fixtures.aProposedFramework;
import static org.kafo.model.Fixtures.theDeliberation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.need.Need;

/** The in-memory repositories store the saves of one unit of work all together, or none. */
class InMemoryUnitOfWorkTest {

    private final InMemoryRepositories repositories = new InMemoryRepositories();

    @Test
    void the_saves_of_a_unit_of_work_are_stored_together_when_it_returns() {
        // given
        ConsultationFramework framework = repositories.frameworks().save(aProposedFramework());
        Need need = aMotorPumpNeed(framework.id());

        // when
        Need saved = repositories.inUnitOfWork(() -> {
            framework.establish(theDeliberation(), ESTABLISHED_ON);
            repositories.frameworks().save(framework);
            Need stored = repositories.needs().save(need);
            // then the unit of work sees its saves at once, and nobody else does yet
            assertThat(repositories.frameworks().get(framework.id()).status()).isEqualTo(FrameworkStatus.ESTABLISHED);
            assertThat(repositories.needs().findByFramework(framework.id())).hasSize(1);
            assertThat(CompletableFuture.supplyAsync(() -> repositories.needs().find(need.id()).isPresent()
                    || repositories.frameworks().get(framework.id()).status() != FrameworkStatus.PROPOSED)
                    .orTimeout(10, TimeUnit.SECONDS).join()).isFalse();
            return stored;
        });

        // then
        assertThat(saved.version()).isEqualTo(1);
        assertThat(repositories.needs().get(need.id()).version()).isEqualTo(1);
        assertThat(repositories.frameworks().get(framework.id()).version()).isEqualTo(2);
    }

    @Test
    void a_unit_of_work_that_throws_stores_nothing() {
        // given
        ConsultationFramework framework = repositories.frameworks().save(aProposedFramework());
        Need need = aMotorPumpNeed(framework.id());

        // when
        assertThatThrownBy(() -> repositories.inUnitOfWork(() -> {
            repositories.needs().save(need);
            framework.establish(theDeliberation(), ESTABLISHED_ON);
            repositories.frameworks().save(framework);
            throw new IllegalStateException("halfway");
        })).hasMessage("halfway");

        // then
        assertThat(repositories.needs().find(need.id())).isEmpty();
        assertThat(repositories.frameworks().get(framework.id()).version()).isEqualTo(1);
    }

    @Test
    void a_unit_of_work_overtaken_by_someone_else_is_stale_and_stores_nothing() {
        // given
        ConsultationFramework framework = repositories.frameworks().save(aProposedFramework());
        Need need = aMotorPumpNeed(framework.id());

        // when someone else saves the framework after our save was staged, before we return
        assertThatThrownBy(() -> repositories.inUnitOfWork(() -> {
            repositories.needs().save(need);
            repositories.frameworks().save(framework);
            CompletableFuture.runAsync(() -> {
                ConsultationFramework theirs = repositories.frameworks().get(framework.id());
                theirs.establish(theDeliberation(), ESTABLISHED_ON);
                repositories.frameworks().save(theirs);
            }).join();
            return null;
        })).isInstanceOfSatisfying(StaleAggregateException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.currentVersion()).isEqualTo(2);
        });

        // then
        assertThat(repositories.needs().find(need.id())).isEmpty();
        assertThat(repositories.frameworks().get(framework.id()).status()).isEqualTo(FrameworkStatus.ESTABLISHED);
    }

    @Test
    void a_unit_of_work_inside_another_joins_it() {
        // given
        ConsultationFramework framework = aProposedFramework();

        // when
        assertThatThrownBy(() -> repositories.inUnitOfWork(() -> {
            repositories.inUnitOfWork(() -> repositories.frameworks().save(framework));
            throw new IllegalStateException("after the inner one");
        })).isInstanceOf(IllegalStateException.class);

        // then
        assertThat(repositories.frameworks().find(framework.id())).isEmpty();
    }
}
