package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.MAYOR;
import static org.kafo.rules.process.ProcessFixture.NEEDS_ON;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Money;
import org.kafo.model.framework.FrameworkEvent;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.AdmitMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.CountMembers;
import org.kafo.rules.command.DissolveFramework;
import org.kafo.rules.command.FormaliseOrganisation;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.command.ProposeFramework;
import org.kafo.rules.command.ReassignCommune;
import org.kafo.rules.command.RecordNeed;
import org.kafo.rules.command.RegisterCercle;
import org.kafo.rules.command.RegisterCommune;
import org.kafo.rules.command.RegisterOrganisation;
import org.kafo.rules.command.RegisterRegion;
import org.kafo.rules.command.ResumeFramework;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.pact.PactRules;

/**
 * The framework's lifecycle as the process enforces it: only an established or active framework
 * meets, plans and monitors; a suspended one is read only; a dissolved one accepts nothing.
 */
class LifecycleTest {

    private static final LocalDate SUSPENDED_ON = LocalDate.of(2008, 4, 1);
    private static final LocalDate RESUMED_ON = LocalDate.of(2008, 4, 20);
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2008, 4, 2);

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess process = given.process;

    @Test
    void a_framework_never_established_neither_convenes_nor_meets() {
        // given a proposal the council never deliberated on, with its members and a need
        FrameworkId framework = given.proposedFramework();
        given.admit(framework, given.municipality, List.of(), MAYOR);
        given.need(framework, given.municipality, IRRIGATION, NeedKind.INVESTMENT, "Forage");
        long version = given.framework(framework).version();

        // when / then
        assertThat(refusal(() -> process.convene(given.convocation(framework, FIRST_MEETING_ON))))
                .isEqualTo("framework.not-established");
        assertThat(given.repositories.meetings().findByFramework(framework)).isEmpty();
        assertThat(given.framework(framework).version()).isEqualTo(version);
    }

    @Test
    void the_lifecycle_is_enforced_whatever_the_rule_book_says() {
        // given the PACT book, whose NEED-1 would refuse this first meeting for want of needs
        ConsultationProcess pact = new ConsultationProcess(given.repositories, PactRules.book());
        FrameworkId framework = given.proposedFramework();

        // when / then the lifecycle speaks first
        assertThat(refusal(() -> pact.convene(given.convocation(framework, FIRST_MEETING_ON))))
                .isEqualTo("framework.not-established");
    }

    @Test
    void a_suspended_framework_is_read_only_until_it_resumes() {
        // given an active framework with a plan in force, suspended
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.heldMeeting(framework, FIRST_MEETING_ON);
        PlanId plan = given.adoptedPlan(framework, meeting, FIRST_PLAN, given.radioReports(FIRST_PLAN.end()));
        var outcome = process.suspend(new SuspendFramework(framework, "Conseil communal dissous", SUSPENDED_ON));
        assertThat(accepted(outcome).status()).isEqualTo(FrameworkStatus.SUSPENDED);
        assertThat(outcome.events()).singleElement().isInstanceOf(FrameworkEvent.Suspended.class);
        var action = given.plan(plan).actions().get(0).id();

        // when / then
        assertThat(refusal(() -> process.convene(given.convocation(framework, SUSPENDED_ON.plusDays(5)))))
                .isEqualTo("framework.suspended");
        assertThat(refusal(() -> process.pledge(new PledgeContribution(plan, action, given.gardeners,
                ContributionForm.CASH, Money.xof(1_000), SUSPENDED_ON)))).isEqualTo("framework.suspended");
        assertThat(refusal(() -> process.install(given.installation(framework, meeting, SUSPENDED_ON))))
                .isEqualTo("framework.suspended");
        assertThat(refusal(() -> process.recordNeed(new RecordNeed(framework, given.irrigators, IRRIGATION,
                NeedKind.INVESTMENT, "Magasin", null, SUSPENDED_ON)))).isEqualTo("framework.suspended");
        assertThat(refusal(() -> process.admit(new AdmitMember(framework, given.pact, List.of(), List.of(MAYOR),
                SUSPENDED_ON)))).isEqualTo("framework.suspended");
        assertThat(given.repositories.meetings().findByFramework(framework)).hasSize(1);
        assertThat(given.repositories.committees().findByFramework(framework)).isEmpty();

        // and once resumed it meets again
        assertThat(accepted(process.resume(new ResumeFramework(framework, RESUMED_ON))).status())
                .isEqualTo(FrameworkStatus.ACTIVE);
        assertThat(accepted(process.convene(given.convocation(framework, RESUMED_ON.plusDays(15)))).sequence())
                .isEqualTo(2);
    }

    @Test
    void a_dissolved_framework_accepts_nothing() {
        // given
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.heldMeeting(framework, FIRST_MEETING_ON);
        PlanId plan = given.adoptedPlan(framework, meeting, FIRST_PLAN, given.radioReports(FIRST_PLAN.end()));
        MeetingId convened = given.convenedMeeting(framework, DISSOLVED_ON.plusDays(20));
        accepted(process.dissolve(new DissolveFramework(framework, "Fin du programme d'appui", DISSOLVED_ON)));
        long version = given.framework(framework).version();

        // when / then
        assertThat(refusal(() -> process.convene(given.convocation(framework, DISSOLVED_ON.plusDays(5)))))
                .isEqualTo("framework.dissolved");
        assertThat(refusal(() -> process.hold(new HoldMeeting(convened, DISSOLVED_ON.plusDays(20)))))
                .isEqualTo("framework.dissolved");
        assertThat(refusal(() -> process.adopt(new AdoptActionPlan(framework, meeting, FIRST_PLAN,
                List.of(given.training(FIRST_PLAN.end())), FIRST_MEETING_ON)))).isEqualTo("framework.dissolved");
        assertThat(refusal(() -> process.review(new ReviewPlan(plan, meeting, List.of(), FIRST_MEETING_ON))))
                .isEqualTo("framework.dissolved");
        assertThat(refusal(() -> process.recordNeed(new RecordNeed(framework, given.irrigators, IRRIGATION,
                NeedKind.INVESTMENT, "Magasin", null, NEEDS_ON)))).isEqualTo("framework.dissolved");
        assertThat(refusal(() -> process.resume(new ResumeFramework(framework, RESUMED_ON))))
                .isEqualTo("framework.status");
        assertThat(refusal(() -> process.dissolve(new DissolveFramework(framework, "Encore", RESUMED_ON))))
                .isEqualTo("framework.dissolved");
        assertThat(given.framework(framework).version()).isEqualTo(version);
        assertThat(given.repositories.plans().findByFramework(framework)).hasSize(1);
        assertThat(given.repositories.meetings().findByFramework(framework)).hasSize(2);
    }

    @Test
    void a_proposed_framework_takes_its_members_and_needs_before_it_is_established() {
        // given
        FrameworkId framework = given.proposedFramework();

        // when
        given.admit(framework, given.irrigators, List.of(IRRIGATION), MAYOR);
        given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");

        // then
        assertThat(given.framework(framework).currentMembers()).hasSize(1);
        assertThat(given.repositories.needs().findByFramework(framework)).hasSize(1);
    }

    @Test
    void the_lifecycle_says_what_every_command_about_a_framework_needs() {
        // given
        Set<Class<?>> outside = Set.of(RegisterRegion.class, RegisterCercle.class, RegisterCommune.class,
                ReassignCommune.class, RegisterOrganisation.class, CountMembers.class, FormaliseOrganisation.class,
                ProposeFramework.class);

        // when
        Set<Class<?>> within = new HashSet<>(process.commandTypes());
        within.removeAll(outside);

        // then
        assertThat(new HashSet<Class<?>>(Lifecycle.commandsWithinAFramework())).isEqualTo(within);
    }

    private static String refusal(ThrowingCallable command) {
        InvariantViolationException violation = catchThrowableOfType(InvariantViolationException.class, command);
        assertThat(violation).as("refused by the lifecycle").isNotNull();
        return violation.code();
    }
}
