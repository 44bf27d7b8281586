package org.kafo.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.CONVENED_ON;
import static org.kafo.model.Fixtures.FIRST_MEETING_ON;
import static org.kafo.model.Fixtures.GARDENERS_PRESIDENT;
import static org.kafo.model.Fixtures.MAYOR;
import static org.kafo.model.Fixtures.MUNICIPALITY;
import static org.kafo.model.Fixtures.RICE_GROWERS;
import static org.kafo.model.Fixtures.RICE_GROWERS_PRESIDENT;
import static org.kafo.model.Fixtures.RURAL_ENGINEER;
import static org.kafo.model.Fixtures.RURAL_ENGINEERING;
import static org.kafo.model.Fixtures.WOMEN_GARDENERS;
import static org.kafo.model.Fixtures.YOUNG_GARDENER;
import static org.kafo.model.Fixtures.aConvenedFirstMeeting;
import static org.kafo.model.Fixtures.aHeldFirstMeeting;
import static org.kafo.model.Fixtures.aPlannedFirstMeeting;
import static org.kafo.model.Fixtures.theFirstAgenda;
import static org.kafo.model.Fixtures.theFirstConvocation;
import static org.kafo.model.Fixtures.violationCode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

class MeetingTest {

    private static final LocalDate MINUTES_ON = FIRST_MEETING_ON.plusDays(2);

    private static Minutes theMinutes() {
        return new Minutes("The parties agreed on three priority actions and installed the committee.", MINUTES_ON);
    }

    private static Attendance ofTheMunicipality(Person person) {
        return new Attendance(MUNICIPALITY, PartyCategory.MUNICIPALITY, person);
    }

    private static Attendance ofTheGardeners(Person person) {
        return new Attendance(WOMEN_GARDENERS, PartyCategory.PROFESSIONAL_ORGANISATION, person);
    }

    private static MinutesApproval approvedBy(OrganisationId party) {
        return new MinutesApproval(party, true, null, MINUTES_ON.plusDays(5));
    }

    @Test
    void a_framework_plans_its_next_meeting() {
        // given
        FrameworkId framework = FrameworkId.newId();

        // when
        Meeting meeting = aPlannedFirstMeeting(framework);

        // then
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.sequence()).isEqualTo(1);
        assertThat(meeting.framework()).isEqualTo(framework);
        assertThat(meeting.isHeld()).isFalse();
        assertThat(meeting.recordedEvents()).containsExactly(new MeetingEvent.Planned(meeting.id(), framework, 1,
                FIRST_MEETING_ON, "Salle de délibération de la mairie de Dioro"));
        assertThat(meeting.recordedEvents().get(0).occurredOn()).isEqualTo(FIRST_MEETING_ON);
    }

    @Test
    void a_meeting_has_a_positive_sequence_and_a_venue() {
        assertThat(violationCode(() -> Meeting.plan(FrameworkId.newId(), 0, FIRST_MEETING_ON, "Mairie")))
                .isEqualTo("not-positive");
        assertThat(violationCode(() -> Meeting.plan(FrameworkId.newId(), 1, FIRST_MEETING_ON, " ")))
                .isEqualTo("required");
    }

    @Test
    void invitations_go_out_with_the_agenda() {
        // given
        Meeting meeting = aPlannedFirstMeeting(FrameworkId.newId());

        // when
        MeetingEvent.Convened convened = meeting.convene(theFirstConvocation(), theFirstAgenda());

        // then
        assertThat(convened).isEqualTo(new MeetingEvent.Convened(meeting.id(), theFirstConvocation()));
        assertThat(convened.occurredOn()).isEqualTo(CONVENED_ON);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CONVENED);
        assertThat(meeting.convocation()).contains(theFirstConvocation());
        assertThat(meeting.agenda()).extracting(AgendaItem::kind).containsExactly(AgendaItemKind.NEEDS,
                AgendaItemKind.PLAN_ADOPTION, AgendaItemKind.COMMITTEE);
    }

    @Test
    void invitations_go_out_no_later_than_the_planned_day() {
        // given
        Meeting meeting = aPlannedFirstMeeting(FrameworkId.newId());
        Convocation late = new Convocation(MUNICIPALITY, FIRST_MEETING_ON.plusDays(1), List.of(RICE_GROWERS));

        // when
        String code = violationCode(() -> meeting.convene(late, theFirstAgenda()));

        // then
        assertThat(code).isEqualTo("dates.order");
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.agenda()).isEmpty();
    }

    @Test
    void a_meeting_is_convened_once() {
        assertThat(violationCode(() -> aConvenedFirstMeeting().convene(theFirstConvocation(), theFirstAgenda())))
                .isEqualTo("meeting.status");
    }

    @Test
    void an_agenda_item_is_added_until_the_meeting_is_held() {
        // given
        Meeting meeting = aConvenedFirstMeeting();
        UUID obstacle = UUID.randomUUID();
        AgendaItem item = new AgendaItem("The partner's funds are late", AgendaItemKind.OBSTACLE, obstacle);

        // when
        MeetingEvent.AgendaItemAdded added = meeting.addAgendaItem(item, CONVENED_ON.plusDays(3));

        // then
        assertThat(added).isEqualTo(new MeetingEvent.AgendaItemAdded(meeting.id(), item, CONVENED_ON.plusDays(3)));
        assertThat(meeting.agenda()).hasSize(4).last().isEqualTo(item);
        assertThat(item.isAbout(obstacle)).isTrue();
        assertThat(item.isAbout(UUID.randomUUID())).isFalse();
        assertThat(violationCode(() -> aHeldFirstMeeting().addAgendaItem(item, FIRST_MEETING_ON)))
                .isEqualTo("meeting.status");
    }

    @Test
    void an_agenda_item_without_a_day_is_not_added() {
        // given
        Meeting meeting = aConvenedFirstMeeting();

        // when
        String code = violationCode(() -> meeting.addAgendaItem(AgendaItem.of("Any other business",
                AgendaItemKind.OTHER), null));

        // then
        assertThat(code).isEqualTo("required");
        assertThat(meeting.agenda()).hasSize(3);
    }

    @Test
    void attendance_is_recorded_person_by_person_with_sex_and_youth() {
        // given
        Meeting meeting = aConvenedFirstMeeting();

        // when
        MeetingEvent.AttendanceRecorded recorded = meeting.recordAttendance(ofTheGardeners(YOUNG_GARDENER),
                FIRST_MEETING_ON);
        meeting.recordAttendance(ofTheGardeners(GARDENERS_PRESIDENT), FIRST_MEETING_ON);
        meeting.recordAttendance(ofTheMunicipality(MAYOR), FIRST_MEETING_ON);

        // then
        assertThat(recorded.attendance().person().sex()).isEqualTo(Sex.FEMALE);
        assertThat(recorded.attendance().person().youth()).isTrue();
        assertThat(meeting.attendance()).hasSize(3);
        assertThat(meeting.attendeesOf(PartyCategory.PROFESSIONAL_ORGANISATION)).isEqualTo(2);
        assertThat(meeting.attendeesOf(PartyCategory.MUNICIPALITY)).isEqualTo(1);
        assertThat(meeting.attendeesOf(PartyCategory.TECHNICAL_SERVICE)).isZero();
        assertThat(meeting.organisationsPresent()).containsExactly(WOMEN_GARDENERS, MUNICIPALITY);
        assertThat(meeting.wasPresent(WOMEN_GARDENERS)).isTrue();
        assertThat(meeting.wasPresent(RICE_GROWERS)).isFalse();
    }

    @Test
    void a_person_signs_once_for_a_party() {
        // given
        Meeting meeting = aConvenedFirstMeeting();
        meeting.recordAttendance(ofTheMunicipality(MAYOR), FIRST_MEETING_ON);

        // when
        String code = violationCode(() -> meeting.recordAttendance(ofTheMunicipality(
                new Person("BAKARY COULIBALY", Sex.MALE, false, null)), FIRST_MEETING_ON));

        // then
        assertThat(code).isEqualTo("meeting.attendance-twice");
        assertThat(meeting.attendance()).hasSize(1);
    }

    @Test
    void the_same_name_may_sign_for_another_party() {
        // given
        Meeting meeting = aConvenedFirstMeeting();
        Person namesake = new Person("Moussa Sangaré", Sex.MALE, false, "member");
        meeting.recordAttendance(new Attendance(RURAL_ENGINEERING, PartyCategory.TECHNICAL_SERVICE, RURAL_ENGINEER),
                FIRST_MEETING_ON);

        // when
        meeting.recordAttendance(new Attendance(RICE_GROWERS, PartyCategory.PROFESSIONAL_ORGANISATION, namesake),
                FIRST_MEETING_ON);

        // then
        assertThat(meeting.attendance()).hasSize(2);
    }

    @Test
    void attendance_is_recorded_at_a_convened_meeting_only_and_with_a_day() {
        assertThat(violationCode(() -> aPlannedFirstMeeting(FrameworkId.newId())
                .recordAttendance(ofTheMunicipality(MAYOR), FIRST_MEETING_ON))).isEqualTo("meeting.status");
        assertThat(violationCode(() -> aHeldFirstMeeting()
                .recordAttendance(ofTheGardeners(YOUNG_GARDENER), FIRST_MEETING_ON))).isEqualTo("meeting.status");

        Meeting convened = aConvenedFirstMeeting();
        assertThat(violationCode(() -> convened.recordAttendance(ofTheMunicipality(MAYOR), null)))
                .isEqualTo("required");
        assertThat(convened.attendance()).isEmpty();
    }

    @Test
    void a_held_meeting_has_its_day_and_final_attendance() {
        // given
        Meeting meeting = aConvenedFirstMeeting();
        meeting.recordAttendance(ofTheMunicipality(MAYOR), FIRST_MEETING_ON);
        meeting.recordAttendance(new Attendance(RICE_GROWERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                RICE_GROWERS_PRESIDENT), FIRST_MEETING_ON);

        // when
        MeetingEvent.Held held = meeting.hold(FIRST_MEETING_ON);

        // then
        assertThat(held).isEqualTo(new MeetingEvent.Held(meeting.id(), 2, FIRST_MEETING_ON));
        assertThat(meeting.isHeld()).isTrue();
        assertThat(meeting.heldOn()).contains(FIRST_MEETING_ON);
        assertThat(violationCode(() -> meeting.hold(FIRST_MEETING_ON))).isEqualTo("meeting.status");
    }

    @Test
    void a_meeting_is_held_after_it_was_convened() {
        // given
        Meeting convened = aConvenedFirstMeeting();

        // then
        assertThat(violationCode(() -> convened.hold(CONVENED_ON.minusDays(1)))).isEqualTo("dates.order");
        assertThat(violationCode(() -> convened.hold(null))).isEqualTo("required");
        assertThat(violationCode(() -> aPlannedFirstMeeting(FrameworkId.newId()).hold(FIRST_MEETING_ON)))
                .isEqualTo("meeting.status");
        assertThat(convened.status()).isEqualTo(MeetingStatus.CONVENED);
    }

    @Test
    void the_minutes_of_a_held_meeting_are_recorded_and_may_be_corrected_before_anyone_approves() {
        // given
        Meeting meeting = aHeldFirstMeeting();
        Minutes draft = new Minutes("Draft", MINUTES_ON);

        // when
        meeting.recordMinutes(draft);
        MeetingEvent.MinutesRecorded corrected = meeting.recordMinutes(theMinutes());

        // then
        assertThat(corrected).isEqualTo(new MeetingEvent.MinutesRecorded(meeting.id(), theMinutes()));
        assertThat(corrected.occurredOn()).isEqualTo(MINUTES_ON);
        assertThat(meeting.minutes()).contains(theMinutes());
    }

    @Test
    void minutes_are_written_of_a_held_meeting_from_its_day_on() {
        assertThat(violationCode(() -> aConvenedFirstMeeting().recordMinutes(theMinutes())))
                .isEqualTo("meeting.status");
        assertThat(violationCode(() -> aHeldFirstMeeting().recordMinutes(
                new Minutes("Written in advance", FIRST_MEETING_ON.minusDays(1))))).isEqualTo("dates.order");
    }

    @Test
    void each_party_gives_its_word_on_the_minutes_once() {
        // given
        Meeting meeting = aHeldFirstMeeting();
        meeting.recordMinutes(theMinutes());

        // when
        MeetingEvent.MinutesApproved approved = meeting.approveMinutes(approvedBy(MUNICIPALITY));
        meeting.approveMinutes(approvedBy(RICE_GROWERS));
        String twice = violationCode(() -> meeting.approveMinutes(
                new MinutesApproval(MUNICIPALITY, false, "Wrong amount", MINUTES_ON.plusDays(6))));

        // then
        assertThat(approved).isEqualTo(new MeetingEvent.MinutesApproved(meeting.id(), approvedBy(MUNICIPALITY)));
        assertThat(approved.occurredOn()).isEqualTo(MINUTES_ON.plusDays(5));
        assertThat(twice).isEqualTo("meeting.approved-twice");
        assertThat(meeting.approvals()).extracting(MinutesApproval::party).containsExactly(MUNICIPALITY, RICE_GROWERS);
    }

    @Test
    void a_party_that_does_not_approve_says_why() {
        // given
        Meeting meeting = aHeldFirstMeeting();
        meeting.recordMinutes(theMinutes());

        // when
        meeting.approveMinutes(new MinutesApproval(WOMEN_GARDENERS, false,
                "Our in-kind share is 200,000 F, not 250,000 F", MINUTES_ON.plusDays(5)));

        // then
        assertThat(meeting.approvals().get(0).approved()).isFalse();
        assertThat(violationCode(() -> new MinutesApproval(WOMEN_GARDENERS, false, " ", MINUTES_ON)))
                .isEqualTo("minutes.reservation");
    }

    @Test
    void minutes_are_approved_once_written_and_not_before() {
        // given
        Meeting meeting = aHeldFirstMeeting();
        String noMinutes = violationCode(() -> meeting.approveMinutes(approvedBy(MUNICIPALITY)));
        meeting.recordMinutes(theMinutes());

        // when
        String early = violationCode(() -> meeting.approveMinutes(
                new MinutesApproval(MUNICIPALITY, true, null, MINUTES_ON.minusDays(1))));

        // then
        assertThat(noMinutes).isEqualTo("meeting.no-minutes");
        assertThat(early).isEqualTo("dates.order");
        assertThat(meeting.approvals()).isEmpty();
    }

    @Test
    void approved_minutes_no_longer_change() {
        // given
        Meeting meeting = aHeldFirstMeeting();
        meeting.recordMinutes(theMinutes());
        meeting.approveMinutes(approvedBy(RICE_GROWERS));

        // when
        String code = violationCode(() -> meeting.recordMinutes(new Minutes("Rewritten", MINUTES_ON.plusDays(9))));

        // then
        assertThat(code).isEqualTo("meeting.minutes-approved");
        assertThat(meeting.minutes()).contains(theMinutes());
    }

    @Test
    void a_meeting_that_will_not_take_place_is_cancelled_with_a_reason() {
        // given
        Meeting meeting = aConvenedFirstMeeting();

        // when
        MeetingEvent.Cancelled cancelled = meeting.cancel("Funeral in the village on the same day",
                FIRST_MEETING_ON.minusDays(1));

        // then
        assertThat(cancelled.reason()).isEqualTo("Funeral in the village on the same day");
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.cancellationReason()).contains("Funeral in the village on the same day");
        assertThat(meeting.heldOn()).isEmpty();
        assertThat(violationCode(() -> meeting.hold(FIRST_MEETING_ON))).isEqualTo("meeting.status");
        assertThat(violationCode(() -> meeting.cancel("Again", FIRST_MEETING_ON))).isEqualTo("meeting.status");
    }

    @Test
    void a_planned_meeting_may_be_cancelled_but_not_a_held_one() {
        assertThat(aPlannedFirstMeeting(FrameworkId.newId()).cancel("Rainy season", FIRST_MEETING_ON).reason())
                .isEqualTo("Rainy season");
        assertThat(violationCode(() -> aHeldFirstMeeting().cancel("Too late", FIRST_MEETING_ON)))
                .isEqualTo("meeting.status");
    }

    @Test
    void a_cancellation_without_a_reason_or_a_day_changes_nothing() {
        // given
        Meeting meeting = aConvenedFirstMeeting();
        Meeting.State before = meeting.snapshot();

        // then
        assertThat(violationCode(() -> meeting.cancel(" ", FIRST_MEETING_ON))).isEqualTo("required");
        assertThat(violationCode(() -> meeting.cancel("Rainy season", null))).isEqualTo("required");
        assertThat(meeting.snapshot()).isEqualTo(before);
    }

    @Test
    void a_stored_meeting_is_held_exactly_when_it_has_its_day_and_only_a_held_one_has_minutes() {
        // given
        Meeting.State held = aHeldFirstMeeting().snapshot();

        // then
        assertThat(violationCode(() -> Meeting.restore(new Meeting.State(held.id(), held.framework(), 1,
                FIRST_MEETING_ON, "Mairie", MeetingStatus.HELD, held.convocation(), held.agenda(), held.attendance(),
                null, null, null, List.of(), null, List.of()), 1))).isEqualTo("meeting.held-on");
        assertThat(violationCode(() -> Meeting.restore(new Meeting.State(held.id(), held.framework(), 1,
                FIRST_MEETING_ON, "Mairie", MeetingStatus.CONVENED, held.convocation(), held.agenda(),
                held.attendance(), null, null, theMinutes(), List.of(), null, List.of()), 1))).isEqualTo("meeting.minutes");
    }

    @Test
    void a_postponed_meeting_keeps_its_number_and_the_history_of_its_postponements() {
        // given
        Meeting meeting = aConvenedFirstMeeting();
        LocalDate later = FIRST_MEETING_ON.plusWeeks(2);

        // when
        MeetingEvent.Postponed first = meeting.postpone(FIRST_MEETING_ON.plusWeeks(1), "Crue du fleuve",
                FIRST_MEETING_ON.minusDays(2));
        meeting.postpone(later, null, FIRST_MEETING_ON.plusDays(3));

        // then
        assertThat(first.postponement()).isEqualTo(new Postponement(FIRST_MEETING_ON, FIRST_MEETING_ON.plusWeeks(1),
                "Crue du fleuve", FIRST_MEETING_ON.minusDays(2)));
        assertThat(meeting.sequence()).isEqualTo(1);
        assertThat(meeting.plannedOn()).isEqualTo(later);
        assertThat(meeting.originallyPlannedOn()).isEqualTo(FIRST_MEETING_ON);
        assertThat(meeting.postponements()).extracting(Postponement::to)
                .containsExactly(FIRST_MEETING_ON.plusWeeks(1), later);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CONVENED);
        assertThat(Meeting.restore(meeting.snapshot(), 1).snapshot()).isEqualTo(meeting.snapshot());
    }

    @Test
    void a_meeting_is_postponed_only_to_a_later_day_and_only_while_it_may_still_take_place() {
        // given
        Meeting meeting = aConvenedFirstMeeting();
        Meeting.State before = meeting.snapshot();

        // then
        assertThat(violationCode(() -> meeting.postpone(FIRST_MEETING_ON, "Same day", CONVENED_ON)))
                .isEqualTo("meeting.postponed-earlier");
        assertThat(violationCode(() -> meeting.postpone(FIRST_MEETING_ON.minusDays(1), "Earlier", CONVENED_ON)))
                .isEqualTo("meeting.postponed-earlier");
        assertThat(meeting.snapshot()).isEqualTo(before);
        assertThat(violationCode(() -> aHeldFirstMeeting().postpone(FIRST_MEETING_ON.plusDays(9), "Too late",
                FIRST_MEETING_ON))).isEqualTo("meeting.status");
    }

    @Test
    void a_cancelled_meeting_keeps_the_day_it_was_cancelled_and_cannot_be_postponed() {
        // given
        Meeting meeting = aConvenedFirstMeeting();

        // when
        meeting.cancel("Blocus de la commune", FIRST_MEETING_ON.minusDays(1));

        // then
        assertThat(meeting.cancelledOn()).contains(FIRST_MEETING_ON.minusDays(1));
        assertThat(violationCode(() -> meeting.postpone(FIRST_MEETING_ON.plusDays(9), "Later", FIRST_MEETING_ON)))
                .isEqualTo("meeting.status");
    }

    @Test
    void a_stored_meeting_whose_postponements_do_not_lead_to_its_day_is_refused() {
        // given
        Meeting meeting = aConvenedFirstMeeting();
        meeting.postpone(FIRST_MEETING_ON.plusWeeks(1), "Crue", CONVENED_ON);
        Meeting.State s = meeting.snapshot();

        // then
        assertThat(violationCode(() -> Meeting.restore(new Meeting.State(s.id(), s.framework(), 1, FIRST_MEETING_ON,
                s.venue(), s.status(), s.convocation(), s.agenda(), s.attendance(), null, null, null, List.of(), null,
                s.postponements()), 1))).isEqualTo("meeting.postponements");
    }
}
