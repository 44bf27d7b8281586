package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.GARDENING;
import static org.kafo.rules.process.ProcessFixture.IRRIGATION;
import static org.kafo.rules.process.ProcessFixture.SECOND_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.CommitteeEvent;
import org.kafo.model.committee.Obstacle;
import org.kafo.model.committee.ObstacleId;
import org.kafo.model.committee.ObstacleStatus;
import org.kafo.model.common.AggregateNotFoundException;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.framework.FrameworkEvent;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.framework.FrameworkStatus;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Attendance;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingEvent;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.need.NeedId;
import org.kafo.model.need.NeedKind;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionStatus;
import org.kafo.model.plan.PlanId;
import org.kafo.rules.command.ApproveMinutes;
import org.kafo.rules.command.ChangeActionStatus;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.command.RecordAttendance;
import org.kafo.rules.command.RecordMinutes;
import org.kafo.rules.command.RecordObstacle;
import org.kafo.rules.command.ResolveObstacle;

class MeetingUseCasesTest {

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess process = given.process;

    @Test
    void the_first_meeting_is_numbered_one_and_every_current_member_is_invited() {
        // given
        FrameworkId framework = given.establishedFramework();

        // when
        Outcome<Meeting> outcome = process.convene(given.convocation(framework, FIRST_MEETING_ON));

        // then
        Meeting meeting = accepted(outcome);
        assertThat(meeting.version()).isEqualTo(1);
        assertThat(meeting.sequence()).isEqualTo(1);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CONVENED);
        assertThat(meeting.convocation()).hasValueSatisfying(c -> {
            assertThat(c.issuedBy()).isEqualTo(given.municipality);
            assertThat(c.invitees()).containsExactly(given.municipality, given.irrigators, given.gardeners,
                    given.agriculture);
        });
        assertThat(given.repositories.meetings().findByFramework(framework)).extracting(Meeting::id)
                .containsExactly(meeting.id());
        assertThat(outcome.events()).extracting(Object::getClass)
                .containsExactly(MeetingEvent.Planned.class, MeetingEvent.Convened.class);
    }

    @Test
    void the_quorum_of_a_sheet_being_entered_is_meet_1s_count_and_nothing_is_saved() {
        // given a convened meeting whose sheet the mayor signed
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.convenedMeeting(framework, FIRST_MEETING_ON);
        accepted(process.recordAttendance(new RecordAttendance(meeting, List.of(ProcessFixture.attendance(given).get(0)),
                FIRST_MEETING_ON)));
        long version = given.repositories.meetings().get(meeting).version();

        // when the irrigators are ticked, then the gardeners too
        org.kafo.rules.Quorum mayorOnly = process.quorum(meeting, java.util.Set.of());
        org.kafo.rules.Quorum one = process.quorum(meeting, java.util.Set.of(given.irrigators));

        // then one of the two cooperatives is half of them: the quorum, with the mayor on the sheet
        assertThat(mayorOnly).isEqualTo(new org.kafo.rules.Quorum(true, true, 0, 2, 1));
        assertThat(mayorOnly.reached()).isFalse();
        assertThat(one.reached()).isTrue();
        assertThat(given.repositories.meetings().get(meeting).version()).isEqualTo(version);
        assertThatThrownBy(() -> process.quorum(MeetingId.newId(), java.util.Set.of()))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void invitees_named_in_the_command_are_the_only_ones_invited() {
        // given
        FrameworkId framework = given.establishedFramework();
        ConveneMeeting convocation = given.convocation(framework, FIRST_MEETING_ON);

        // when
        Meeting meeting = accepted(process.convene(new ConveneMeeting(framework, FIRST_MEETING_ON,
                convocation.venue(), given.municipality, convocation.issuedOn(),
                List.of(given.municipality, given.irrigators, given.pact), List.of())));

        // then
        assertThat(meeting.convocation().orElseThrow().invitees())
                .containsExactly(given.municipality, given.irrigators, given.pact);
    }

    @Test
    void the_first_agenda_lists_the_open_needs_and_the_first_plan_then_the_added_items() {
        // given
        FrameworkId framework = given.establishedFramework();
        given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");
        given.need(framework, given.gardeners, GARDENING, NeedKind.INVESTMENT, "Hangar de marché");
        AgendaItem welcome = AgendaItem.of("Mot de bienvenue du maire", AgendaItemKind.OTHER);
        ConveneMeeting convocation = given.convocation(framework, FIRST_MEETING_ON);

        // when
        Meeting meeting = accepted(process.convene(new ConveneMeeting(framework, FIRST_MEETING_ON,
                convocation.venue(), given.municipality, convocation.issuedOn(), List.of(), List.of(welcome))));

        // then
        assertThat(meeting.agenda()).extracting(AgendaItem::kind, AgendaItem::title).containsExactly(
                tuple(AgendaItemKind.NEEDS, "Open needs to negotiate into the plan (2)"),
                tuple(AgendaItemKind.PLAN_ADOPTION, "Adoption of the action plan of cycle 1"),
                tuple(AgendaItemKind.OTHER, "Mot de bienvenue du maire"));
    }

    @Test
    void the_next_agenda_reviews_each_open_action_and_each_unresolved_obstacle() {
        // given a plan in force with one action done, and two obstacles of which one is resolved
        FrameworkId framework = given.establishedFramework();
        NeedId borehole = given.need(framework, given.irrigators, IRRIGATION, NeedKind.INVESTMENT, "Forage");
        MeetingId first = given.heldMeeting(framework, FIRST_MEETING_ON);
        PlanId planId = given.adoptedPlan(framework, first, FIRST_PLAN,
                given.borehole(LocalDate.of(2008, 5, 15)).addressing(List.of(borehole)),
                given.radioReports(LocalDate.of(2008, 4, 30)), given.training(LocalDate.of(2008, 4, 15)));
        given.installedCommittee(framework, first);
        ActionPlan plan = given.plan(planId);
        Action drilling = plan.actions().get(0);
        Action radio = plan.actions().get(1);
        Action training = plan.actions().get(2);
        accepted(process.changeActionStatus(new ChangeActionStatus(planId, radio.id(), ActionStatus.DONE, null,
                LocalDate.of(2008, 4, 20))));
        ObstacleId stuck = recordObstacle(framework, planId, drilling, "Le foreur n'est pas disponible");
        ObstacleId solved = recordObstacle(framework, planId, training, "Salle de formation occupée");
        accepted(process.resolveObstacle(new ResolveObstacle(framework, solved, "Formation à l'école",
                LocalDate.of(2008, 4, 12))));

        // when
        Meeting meeting = accepted(process.convene(given.convocation(framework, SECOND_MEETING_ON)));

        // then
        assertThat(meeting.sequence()).isEqualTo(2);
        assertThat(meeting.agenda()).extracting(AgendaItem::kind, AgendaItem::reference).containsExactly(
                tuple(AgendaItemKind.ACTION_REVIEW, drilling.id().value()),
                tuple(AgendaItemKind.ACTION_REVIEW, training.id().value()),
                tuple(AgendaItemKind.OBSTACLE, stuck.value()),
                tuple(AgendaItemKind.PLAN_ADOPTION, null));
        assertThat(meeting.agenda().get(0).title()).isEqualTo("Review of action: " + drilling.title());
        assertThat(meeting.agenda().get(2).title()).isEqualTo("Obstacle: Le foreur n'est pas disponible");
        assertThat(meeting.agenda().get(3).title()).isEqualTo("Adoption of the action plan of cycle 2");
    }

    @Test
    void attendance_adds_everyone_on_the_sheet() {
        // given
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.convenedMeeting(framework, FIRST_MEETING_ON);
        List<Attendance> sheet = ProcessFixture.attendance(given);

        // when
        Outcome<Meeting> outcome = process.recordAttendance(new RecordAttendance(meeting, sheet, FIRST_MEETING_ON));

        // then
        Meeting attended = accepted(outcome);
        assertThat(attended.version()).isEqualTo(2);
        assertThat(attended.attendance()).containsExactlyElementsOf(sheet);
        assertThat(attended.attendeesOf(PartyCategory.PROFESSIONAL_ORGANISATION)).isEqualTo(3);
        assertThat(outcome.events()).hasSize(4).allMatch(e -> e instanceof MeetingEvent.AttendanceRecorded);
    }

    @Test
    void an_empty_attendance_sheet_is_a_structural_mistake() {
        // given
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.convenedMeeting(framework, FIRST_MEETING_ON);

        // when / then
        assertThatThrownBy(() -> process.recordAttendance(new RecordAttendance(meeting, List.of(), FIRST_MEETING_ON)))
                .isInstanceOf(InvariantViolationException.class);
        assertThat(given.meeting(meeting).version()).isEqualTo(1);
    }

    @Test
    void holding_the_first_meeting_activates_the_established_framework() {
        // given
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.convenedMeeting(framework, FIRST_MEETING_ON);
        long frameworkVersion = given.framework(framework).version();

        // when
        Outcome<Meeting> outcome = process.hold(new HoldMeeting(meeting, FIRST_MEETING_ON));

        // then
        assertThat(accepted(outcome).heldOn()).contains(FIRST_MEETING_ON);
        assertThat(given.meeting(meeting).status()).isEqualTo(MeetingStatus.HELD);
        assertThat(given.framework(framework).status()).isEqualTo(FrameworkStatus.ACTIVE);
        assertThat(given.framework(framework).version()).isEqualTo(frameworkVersion + 1);
        assertThat(outcome.events()).extracting(Object::getClass)
                .containsExactly(MeetingEvent.Held.class, FrameworkEvent.Activated.class);
    }

    @Test
    void holding_a_later_meeting_leaves_the_active_framework_as_it_is() {
        // given
        FrameworkId framework = given.establishedFramework();
        given.heldMeeting(framework, FIRST_MEETING_ON);
        MeetingId second = given.convenedMeeting(framework, SECOND_MEETING_ON);
        long frameworkVersion = given.framework(framework).version();

        // when
        Outcome<Meeting> outcome = process.hold(new HoldMeeting(second, SECOND_MEETING_ON));

        // then
        assertThat(outcome.events()).singleElement().isInstanceOf(MeetingEvent.Held.class);
        assertThat(given.framework(framework).version()).isEqualTo(frameworkVersion);
        assertThat(given.framework(framework).status()).isEqualTo(FrameworkStatus.ACTIVE);
    }

    @Test
    void holding_a_meeting_reports_to_it_the_unresolved_obstacles_on_its_agenda() {
        // given an obstacle recorded before the convocation, and one after it
        FrameworkId framework = given.establishedFramework();
        MeetingId first = given.heldMeeting(framework, FIRST_MEETING_ON);
        PlanId planId = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)),
                given.training(LocalDate.of(2008, 4, 15)));
        given.installedCommittee(framework, first);
        ActionPlan plan = given.plan(planId);
        ObstacleId onAgenda = recordObstacle(framework, planId, plan.actions().get(0), "Le foreur n'est pas disponible");
        MeetingId second = given.convenedMeeting(framework, SECOND_MEETING_ON);
        ObstacleId tooLate = recordObstacle(framework, planId, plan.actions().get(1), "Formateur malade");
        long committeeVersion = given.committee(framework).version();

        // when
        Outcome<Meeting> outcome = process.hold(new HoldMeeting(second, SECOND_MEETING_ON));

        // then
        Obstacle reported = given.committee(framework).obstacle(onAgenda);
        assertThat(reported.status()).isEqualTo(ObstacleStatus.REPORTED);
        assertThat(reported.reportedToMeeting()).contains(second);
        assertThat(given.committee(framework).obstacle(tooLate).status()).isEqualTo(ObstacleStatus.OPEN);
        assertThat(given.committee(framework).version()).isEqualTo(committeeVersion + 1);
        assertThat(outcome.events()).extracting(Object::getClass)
                .containsExactly(MeetingEvent.Held.class, CommitteeEvent.ObstacleReported.class);
    }

    @Test
    void minutes_are_recorded_then_approved_by_a_party() {
        // given
        FrameworkId framework = given.establishedFramework();
        MeetingId meeting = given.heldMeeting(framework, FIRST_MEETING_ON);
        LocalDate written = FIRST_MEETING_ON.plusDays(2);

        // when
        Outcome<Meeting> minutes = process.recordMinutes(new RecordMinutes(meeting, "Procès-verbal de la réunion",
                written));
        Outcome<Meeting> approval = process.approveMinutes(new ApproveMinutes(meeting, given.irrigators, false,
                "Le montant de l'apport est à corriger", written.plusDays(3)));

        // then
        assertThat(accepted(minutes).minutes()).hasValueSatisfying(m -> assertThat(m.recordedOn()).isEqualTo(written));
        assertThat(accepted(approval).approvals()).singleElement().satisfies(a -> {
            assertThat(a.party()).isEqualTo(given.irrigators);
            assertThat(a.approved()).isFalse();
        });
        assertThat(minutes.events()).singleElement().isInstanceOf(MeetingEvent.MinutesRecorded.class);
        assertThat(approval.events()).singleElement().isInstanceOf(MeetingEvent.MinutesApproved.class);
        assertThat(given.meeting(meeting).version()).isEqualTo(5);
    }

    @Test
    void holding_an_unknown_meeting_fails_with_not_found() {
        assertThatThrownBy(() -> process.hold(new HoldMeeting(MeetingId.newId(), FIRST_MEETING_ON)))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    private ObstacleId recordObstacle(FrameworkId framework, PlanId plan, Action action, String description) {
        Outcome<?> outcome = process.recordObstacle(new RecordObstacle(framework, plan, action.id(), description,
                LocalDate.of(2008, 4, 10)));
        accepted(outcome);
        return ((CommitteeEvent.ObstacleRecorded) outcome.events().get(0)).obstacle();
    }
}
