package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.SECOND_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.SECOND_PLAN;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.CommitteeEvent;
import org.kafo.model.committee.Mandate;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Period;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.command.FileReport;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.ResolveObstacle;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.ReviseMandate;

class CommitteeUseCasesTest {

    private static final LocalDate APRIL = LocalDate.of(2008, 4, 10);

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess process = given.process;
    private FrameworkId framework;
    private MeetingId first;

    @BeforeEach
    void an_active_framework() {
        framework = given.establishedFramework();
        first = given.heldMeeting(framework, FIRST_MEETING_ON);
    }

    @Test
    void the_committee_is_installed_with_a_first_mandate_over_the_plan_in_force() {
        // given
        PlanId plan = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));

        // when
        Outcome<MonitoringCommittee> outcome = process.install(given.installation(framework, first, FIRST_MEETING_ON));

        // then
        MonitoringCommittee committee = accepted(outcome);
        assertThat(committee.version()).isEqualTo(1);
        assertThat(committee.currentMembers()).hasSize(3);
        Mandate mandate = committee.currentMandate();
        assertThat(mandate.revision()).isEqualTo(1);
        assertThat(mandate.plan()).isEqualTo(plan);
        assertThat(mandate.period()).isEqualTo(FIRST_PLAN);
        assertThat(given.committee(framework).id()).isEqualTo(committee.id());
        assertThat(outcome.events()).singleElement().isInstanceOf(CommitteeEvent.Installed.class);
    }

    @Test
    void a_mandate_period_given_in_the_command_is_kept() {
        // given
        given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));
        InstallCommittee installation = given.installation(framework, first, FIRST_MEETING_ON);
        Period sixMonths = Period.ofMonths(LocalDate.of(2008, 3, 1), 6);

        // when
        MonitoringCommittee committee = accepted(process.install(new InstallCommittee(framework, first,
                installation.members(), installation.scope(), installation.duties(), sixMonths, FIRST_MEETING_ON)));

        // then
        assertThat(committee.currentMandate().period()).isEqualTo(sixMonths);
    }

    @Test
    void installing_with_no_plan_in_force_that_no_rule_refuses_is_a_structural_mistake() {
        assertThatThrownBy(() -> process.install(given.installation(framework, first, FIRST_MEETING_ON)))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("no plan in force");
        assertThat(given.repositories.committees().findByFramework(framework)).isEmpty();
    }

    @Test
    void a_second_committee_for_the_same_framework_is_a_structural_mistake() {
        // given
        given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));
        given.installedCommittee(framework, first);

        // when / then
        assertThatThrownBy(() -> process.install(given.installation(framework, first, FIRST_MEETING_ON)))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("already has a monitoring committee");
    }

    @Test
    void a_revised_mandate_keeps_the_earlier_revision() {
        // given
        PlanId firstPlan = given.adoptedPlan(framework, first, FIRST_PLAN, given.training(LocalDate.of(2008, 4, 15)));
        given.installedCommittee(framework, first);
        MeetingId second = given.heldMeeting(framework, SECOND_MEETING_ON);
        accepted(process.review(new ReviewPlan(firstPlan, second, List.of(new ActionReview(
                given.plan(firstPlan).actions().get(0).id(), ReviewOutcome.DONE, null)), SECOND_MEETING_ON)));
        PlanId secondPlan = given.adoptedPlan(framework, second, SECOND_PLAN, given.radioReports(
                LocalDate.of(2008, 7, 31)));

        // when
        Outcome<MonitoringCommittee> outcome = process.reviseMandate(new ReviseMandate(framework,
                "Suivi du plan et des recettes du marché", List.of("Vérifier l'avancement", "Suivre les recettes"),
                SECOND_PLAN, secondPlan, "nouveau plan, nouveau besoin des maraîchères", SECOND_MEETING_ON));

        // then
        MonitoringCommittee committee = accepted(outcome);
        assertThat(committee.mandateHistory()).extracting(Mandate::revision).containsExactly(1, 2);
        assertThat(committee.currentMandate().plan()).isEqualTo(secondPlan);
        assertThat(committee.mandateHistory().get(0).plan()).isEqualTo(firstPlan);
        assertThat(committee.version()).isEqualTo(2);
        assertThat(outcome.events()).singleElement().isInstanceOf(CommitteeEvent.MandateRevised.class);
    }

    @Test
    void a_mandate_over_a_plan_of_another_framework_is_a_structural_mistake() {
        // given
        given.adoptedPlan(framework, first, FIRST_PLAN, given.training(LocalDate.of(2008, 4, 15)));
        given.installedCommittee(framework, first);
        FrameworkId other = given.establishedFramework();
        PlanId elsewhere = given.adoptedPlan(other, given.heldMeeting(other, FIRST_MEETING_ON), FIRST_PLAN,
                given.training(LocalDate.of(2008, 4, 15)));

        // when / then
        assertThatThrownBy(() -> process.reviseMandate(new ReviseMandate(framework, "Suivi", List.of("Suivre"),
                FIRST_PLAN, elsewhere, "erreur", SECOND_MEETING_ON))).isInstanceOf(InvariantViolationException.class);
    }

    @Test
    void a_report_is_filed_on_the_plan_in_force() {
        // given
        PlanId plan = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));
        given.installedCommittee(framework, first);

        // when
        Outcome<MonitoringCommittee> outcome = process.fileReport(new FileReport(framework,
                "Le forage a commencé; l'apport des irrigants est livré à moitié", APRIL));

        // then
        assertThat(accepted(outcome).reports()).singleElement().satisfies(r -> {
            assertThat(r.plan()).isEqualTo(plan);
            assertThat(r.filedOn()).isEqualTo(APRIL);
        });
        assertThat(outcome.events()).singleElement().isInstanceOf(CommitteeEvent.ReportFiled.class);
    }

    @Test
    void a_report_without_a_committee_that_no_rule_refuses_is_a_structural_mistake() {
        // given
        given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));

        // when / then
        assertThatThrownBy(() -> process.fileReport(new FileReport(framework, "Rapport", APRIL)))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("no monitoring committee");
    }

    @Test
    void an_obstacle_is_recorded_against_an_action_then_resolved() {
        // given
        PlanId plan = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));
        ActionId drilling = given.plan(plan).actions().get(0).id();
        given.installedCommittee(framework, first);

        // when
        Outcome<MonitoringCommittee> recorded = process.recordObstacle(new RecordObstacle(framework, plan, drilling,
                "Le foreur n'est pas disponible", APRIL));
        ObstacleId obstacle = ((CommitteeEvent.ObstacleRecorded) recorded.events().get(0)).obstacle();
        Outcome<MonitoringCommittee> resolved = process.resolveObstacle(new ResolveObstacle(framework, obstacle,
                "Un autre foreur est engagé", APRIL.plusDays(5)));

        // then
        assertThat(accepted(recorded).obstacle(obstacle).action()).isEqualTo(drilling);
        assertThat(accepted(resolved).obstacle(obstacle).status()).isEqualTo(ObstacleStatus.RESOLVED);
        assertThat(given.committee(framework).version()).isEqualTo(3);
        assertThat(resolved.events()).singleElement().isInstanceOf(CommitteeEvent.ObstacleResolved.class);
    }

    @Test
    void an_obstacle_against_an_action_the_plan_does_not_have_is_a_structural_mistake() {
        // given
        PlanId plan = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));
        given.installedCommittee(framework, first);

        // when / then
        assertThatThrownBy(() -> process.recordObstacle(new RecordObstacle(framework, plan, ActionId.newId(),
                "Obstacle", APRIL))).isInstanceOf(InvariantViolationException.class);
        assertThat(given.committee(framework).obstacles()).isEmpty();
    }

    @Test
    void an_obstacle_against_an_unknown_plan_fails_with_not_found() {
        assertThatThrownBy(() -> process.recordObstacle(new RecordObstacle(framework, PlanId.newId(),
                ActionId.newId(), "Obstacle", APRIL))).isInstanceOf(AggregateNotFoundException.class);
    }
}
