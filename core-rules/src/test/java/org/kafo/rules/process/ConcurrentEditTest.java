package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.process.ProcessFixture.ESTABLISHED_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.GARDENING;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kafo.model.Repositories;
import org.kafo.model.committee.CommitteeRepository;
import org.kafo.model.common.Sector;
import org.kafo.model.common.StaleAggregateException;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkRepository;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingRepository;
import org.kafo.model.need.NeedRepository;
import org.kafo.model.organisation.OrganisationRepository;
import org.kafo.model.plan.ActionPlanRepository;
import org.kafo.model.territory.CercleRepository;
import org.kafo.model.territory.CommuneId;
import org.kafo.model.territory.CommuneRepository;
import org.kafo.model.territory.RegionRepository;
import org.kafo.rules.command.EstablishFramework;
import org.kafo.rules.command.HoldMeeting;

class ConcurrentEditTest {

    private final ProcessFixture given = new ProcessFixture();

    @Test
    void a_framework_changed_by_someone_else_since_it_was_loaded_surfaces_as_stale() {
        // given someone changes the framework's sectors between our load and our save
        FrameworkId id = given.proposedFramework();
        Interfering repositories = new Interfering(given.repositories);
        repositories.onNextLoad(framework -> {
            framework.changePrioritySectors(List.of(IRRIGATION, GARDENING, Sector.of("fishing")), ESTABLISHED_ON);
            given.repositories.frameworks().save(framework);
        });
        ConsultationProcess process = new ConsultationProcess(repositories, ProcessFixture.emptyBook());

        // when / then
        assertThatThrownBy(() -> process.establish(new EstablishFramework(id, ProcessFixture.deliberation(),
                ESTABLISHED_ON)))
                .isInstanceOfSatisfying(StaleAggregateException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.currentVersion()).isEqualTo(2);
                });
        ConsultationFramework stored = given.framework(id);
        assertThat(stored.status()).isEqualTo(FrameworkStatus.PROPOSED);
        assertThat(stored.prioritySectors()).hasSize(3);
    }

    @Test
    void a_framework_changed_by_someone_else_while_its_first_meeting_is_held_surfaces_as_stale() {
        // given someone changes the framework between our load and the activation the meeting brings
        FrameworkId id = given.establishedFramework();
        MeetingId meeting = given.convenedMeeting(id, FIRST_MEETING_ON);
        Interfering repositories = new Interfering(given.repositories);
        repositories.onNextLoad(framework -> {
            framework.endMembership(given.agriculture, FIRST_MEETING_ON.minusDays(1), "service réorganisé");
            given.repositories.frameworks().save(framework);
        });
        ConsultationProcess process = new ConsultationProcess(repositories, ProcessFixture.emptyBook());

        // when / then
        assertThatThrownBy(() -> process.hold(new HoldMeeting(meeting, FIRST_MEETING_ON)))
                .isInstanceOf(StaleAggregateException.class);
        assertThat(given.framework(id).status()).isEqualTo(FrameworkStatus.ESTABLISHED);
    }

    /** In-memory repositories where someone else edits the next framework loaded, just after it is loaded. */
    private static final class Interfering implements Repositories {

        private final Repositories delegate;
        private Consumer<ConsultationFramework> interference;

        Interfering(Repositories delegate) {
            this.delegate = delegate;
        }

        void onNextLoad(Consumer<ConsultationFramework> edit) {
            this.interference = edit;
        }

        @Override
        public FrameworkRepository frameworks() {
            FrameworkRepository frameworks = delegate.frameworks();
            return new FrameworkRepository() {
                @Override
                public Optional<ConsultationFramework> find(FrameworkId id) {
                    Optional<ConsultationFramework> found = frameworks.find(id);
                    if (found.isPresent() && interference != null) {
                        Consumer<ConsultationFramework> edit = interference;
                        interference = null;
                        edit.accept(frameworks.get(id));
                    }
                    return found;
                }

                @Override
                public ConsultationFramework get(FrameworkId id) {
                    return find(id).orElseGet(() -> frameworks.get(id));
                }

                @Override
                public ConsultationFramework save(ConsultationFramework framework) {
                    return frameworks.save(framework);
                }

                @Override
                public List<ConsultationFramework> findByCommune(CommuneId commune) {
                    return frameworks.findByCommune(commune);
                }

                @Override
                public List<ConsultationFramework> findAll() {
                    return frameworks.findAll();
                }
            };
        }

        @Override
        public RegionRepository regions() {
            return delegate.regions();
        }

        @Override
        public CercleRepository cercles() {
            return delegate.cercles();
        }

        @Override
        public CommuneRepository communes() {
            return delegate.communes();
        }

        @Override
        public OrganisationRepository organisations() {
            return delegate.organisations();
        }

        @Override
        public NeedRepository needs() {
            return delegate.needs();
        }

        @Override
        public MeetingRepository meetings() {
            return delegate.meetings();
        }

        @Override
        public ActionPlanRepository plans() {
            return delegate.plans();
        }

        @Override
        public CommitteeRepository committees() {
            return delegate.committees();
        }
    }
}
