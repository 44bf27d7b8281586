package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.process.ActionStatusGenerators.inForce;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.CommitteeId;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.ConsultationFramework;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.PlanId;
import org.kafo.model.territory.CommuneId;
import org.kafo.rules.Situation;

class ConvocationAgendaPropertiesTest {

    private static final LocalDate ADOPTED = LocalDate.of(2008, 2, 28);
    private static final Period PERIOD = Period.of(LocalDate.of(2008, 3, 1), LocalDate.of(2008, 5, 31));
    private static final OrganisationId MUNICIPALITY = OrganisationId.newId();

    @Test
    void the_agenda_reviews_every_open_action_and_every_unresolved_obstacle_before_the_plan_adoption() {
        qt().forAll(lists().of(inForce()).ofSizeBetween(1, 8), lists().of(booleans().all()).ofSizeBetween(0, 5))
                .checkAssert((statuses, obstacleResolved) -> {
                    // given
                    ConsultationFramework framework = ConsultationFramework.propose(CommuneId.newId(), "Cadre",
                            List.of(ProcessFixture.IRRIGATION, ProcessFixture.GARDENING), LocalDate.of(2008, 1, 7));
                    ActionPlan plan = planWith(framework, statuses);
                    MonitoringCommittee committee = committeeWith(framework, plan, obstacleResolved);
                    Situation situation = Situation.of(framework).plans(List.of(plan)).committee(committee).build();
                    AgendaItem other = AgendaItem.of("Divers", AgendaItemKind.OTHER);

                    // when
                    List<AgendaItem> agenda = ConvocationAgenda.build(situation, List.of(other));

                    // then
                    List<Object> reviewed = agenda.stream().filter(i -> i.kind() == AgendaItemKind.ACTION_REVIEW)
                            .map(AgendaItem::reference).map(Object.class::cast).toList();
                    List<Object> open = plan.actions().stream().filter(a -> !a.status().isClosed())
                            .map(a -> a.id().value()).map(Object.class::cast).toList();
                    assertThat(reviewed).isEqualTo(open);
                    List<Object> obstacles = agenda.stream().filter(i -> i.kind() == AgendaItemKind.OBSTACLE)
                            .map(AgendaItem::reference).map(Object.class::cast).toList();
                    assertThat(obstacles).isEqualTo(committee.unresolvedObstacles().stream().map(o -> o.id().value())
                            .map(Object.class::cast).toList());
                    assertThat(agenda).hasSize(open.size() + obstacles.size() + 2);
                    assertThat(agenda.get(agenda.size() - 2).kind()).isEqualTo(AgendaItemKind.PLAN_ADOPTION);
                    assertThat(agenda.get(agenda.size() - 1)).isEqualTo(other);
                });
    }

    private static ActionPlan planWith(ConsultationFramework framework, List<ActionStatus> statuses) {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            ActionStatus status = statuses.get(i);
            actions.add(new Action(ActionId.newId(), "Action " + i, ProcessFixture.IRRIGATION, ActionKind.TRAINING,
                    MUNICIPALITY, PERIOD.end(), Money.xof(1000), List.of(), null, List.of(), null, status,
                    status == ActionStatus.BLOCKED ? "bloquée" : null,
                    status == ActionStatus.DONE ? PERIOD.start() : null, List.of()));
        }
        return ActionPlan.restore(new ActionPlan.State(PlanId.newId(), framework.id(), 1, null, PERIOD,
                MeetingId.newId(), ADOPTED, actions, null), 1);
    }

    private static MonitoringCommittee committeeWith(ConsultationFramework framework, ActionPlan plan,
            List<Boolean> resolved) {
        List<Obstacle> obstacles = new ArrayList<>();
        ActionId action = plan.actions().get(0).id();
        for (int i = 0; i < resolved.size(); i++) {
            boolean done = resolved.get(i);
            obstacles.add(new Obstacle(ObstacleId.newId(), plan.id(), action, "Obstacle " + i, PERIOD.start(), null,
                    done ? "résolu" : null, done ? PERIOD.start().plusDays(3) : null));
        }
        return MonitoringCommittee.restore(new MonitoringCommittee.State(CommitteeId.newId(), framework.id(),
                plan.adoptedAt(), ADOPTED,
                List.of(CommitteeMember.from(ADOPTED, MUNICIPALITY, PartyCategory.MUNICIPALITY,
                        Person.of("Moussa Coulibaly", Sex.MALE))),
                List.of(new Mandate(1, ADOPTED, "Suivi", List.of("Suivre"), PERIOD, plan.id(), null)),
                List.of(), obstacles), 1);
    }
}
