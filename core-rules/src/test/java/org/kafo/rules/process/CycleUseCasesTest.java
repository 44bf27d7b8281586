package org.kafo.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.rules.process.ProcessFixture.FIRST_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.FIRST_PLAN;
import static org.kafo.rules.process.ProcessFixture.SECOND_MEETING_ON;
import static org.kafo.rules.process.ProcessFixture.SECOND_PLAN;
import static org.kafo.rules.process.ProcessFixture.YOUNG_GARDENER;
import static org.kafo.rules.process.ProcessFixture.accepted;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.CommitteeEvent;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.committee.MonitoringCommittee;
import org.kafo.model.common.InvariantViolationException;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingEvent;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.MeetingStatus;
import org.kafo.model.meeting.Postponement;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionReview;
import org.kafo.model.plan.PlanId;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AddCommitteeMember;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.CancelMeeting;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.command.FollowUp;
import org.kafo.rules.command.PostponeMeeting;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.command.SuspendFramework;
import org.kafo.rules.indicator.Indicators;
import org.kafo.rules.pact.PactRules;

/** Postponed and cancelled meetings, committee members joining and leaving, the follow-up of a framework. */
class CycleUseCasesTest {

    private static final Person NEW_IRRIGATOR = new Person("Awa Sanogo", Sex.FEMALE, true, null);

    private final ProcessFixture given = new ProcessFixture();
    private final ConsultationProcess pact = new ConsultationProcess(given.repositories, PactRules.book());
    private FrameworkId framework;
    private MeetingId first;
    private PlanId firstPlan;

    @BeforeEach
    void a_framework_with_its_first_plan_and_committee() {
        framework = given.establishedFramework();
        first = given.heldMeeting(framework, FIRST_MEETING_ON);
        firstPlan = given.adoptedPlan(framework, first, FIRST_PLAN, given.borehole(LocalDate.of(2008, 5, 15)));
        given.installedCommittee(framework, first);
    }

    @Test
    void a_postponed_meeting_keeps_its_number_and_its_postponements() {
        // given
        MeetingId second = given.convenedMeeting(framework, SECOND_MEETING_ON);

        // when
        Outcome<Meeting> outcome = pact.postpone(new PostponeMeeting(second, SECOND_MEETING_ON.plusDays(7),
                "Crue du fleuve", SECOND_MEETING_ON.minusDays(3)));

        // then
        Meeting meeting = accepted(outcome);
        assertThat(meeting.sequence()).isEqualTo(2);
        assertThat(meeting.plannedOn()).isEqualTo(SECOND_MEETING_ON.plusDays(7));
        assertThat(given.meeting(second).postponements()).containsExactly(new Postponement(SECOND_MEETING_ON,
                SECOND_MEETING_ON.plusDays(7), "Crue du fleuve", SECOND_MEETING_ON.minusDays(3)));
        assertThat(outcome.events()).singleElement().isInstanceOf(MeetingEvent.Postponed.class);
        assertThat(outcome.has("MEET-2")).isTrue();
        assertThat(outcome.warnings()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("CYC-2.postponed-after-plan-end"));
    }

    @Test
    void a_refused_postponement_saves_nothing() {
        // given
        MeetingId second = given.convenedMeeting(framework, SECOND_MEETING_ON);
        long version = given.meeting(second).version();

        // when
        Outcome<Meeting> outcome = pact.postpone(new PostponeMeeting(second, SECOND_MEETING_ON.plusDays(7), null,
                SECOND_MEETING_ON.minusDays(3)));

        // then
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.blocking()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("MEET-2.postponed-without-reason"));
        assertThat(given.meeting(second).version()).isEqualTo(version);
        assertThat(given.meeting(second).plannedOn()).isEqualTo(SECOND_MEETING_ON);
    }

    @Test
    void a_cancelled_meeting_keeps_its_number_and_the_next_one_gets_the_next() {
        // given
        MeetingId second = given.convenedMeeting(framework, SECOND_MEETING_ON);

        // when
        Meeting cancelled = accepted(pact.cancel(new CancelMeeting(second, "Blocus de la commune",
                SECOND_MEETING_ON.minusDays(2))));
        MeetingId next = given.convenedMeeting(framework, SECOND_MEETING_ON.plusDays(14));

        // then
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancelledOn()).contains(SECOND_MEETING_ON.minusDays(2));
        assertThat(given.meeting(second).sequence()).isEqualTo(2);
        assertThat(given.meeting(next).sequence()).isEqualTo(3);
    }

    @Test
    void a_held_meeting_can_be_neither_postponed_nor_cancelled() {
        assertThatThrownBy(() -> pact.cancel(new CancelMeeting(first, "Trop tard", SECOND_MEETING_ON)))
                .isInstanceOfSatisfying(InvariantViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("meeting.status"));
        assertThatThrownBy(() -> pact.postpone(new PostponeMeeting(first, SECOND_MEETING_ON, "Trop tard",
                FIRST_MEETING_ON))).isInstanceOf(InvariantViolationException.class);
    }

    @Test
    void a_suspended_framework_neither_postpones_nor_changes_its_committee_and_is_not_followed_up() {
        // given
        MeetingId second = given.convenedMeeting(framework, SECOND_MEETING_ON);
        accepted(given.process.suspend(new SuspendFramework(framework, "Blocus", FIRST_PLAN.end().minusDays(10))));

        // then
        assertThatThrownBy(() -> pact.postpone(new PostponeMeeting(second, SECOND_MEETING_ON.plusDays(7), "Blocus",
                SECOND_MEETING_ON.minusDays(3)))).isInstanceOfSatisfying(InvariantViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("framework.suspended"));
        assertThatThrownBy(() -> pact.addCommitteeMember(new AddCommitteeMember(framework, given.irrigators,
                NEW_IRRIGATOR, SECOND_MEETING_ON))).isInstanceOf(InvariantViolationException.class);
        assertThat(pact.followUp(new FollowUp(framework, FIRST_PLAN.end().plusMonths(2)))).isEmpty();
    }

    @Test
    void a_member_joins_in_the_category_of_the_organisations_membership_and_another_leaves() {
        // when
        Outcome<MonitoringCommittee> joined = pact.addCommitteeMember(new AddCommitteeMember(framework,
                given.irrigators, NEW_IRRIGATOR, SECOND_MEETING_ON));
        Outcome<MonitoringCommittee> left = pact.removeCommitteeMember(new RemoveCommitteeMember(framework,
                given.irrigators, ProcessFixture.YOUNG_IRRIGATOR.name(), SECOND_MEETING_ON, "Parti en exode"));

        // then
        assertThat(accepted(joined).currentMembers()).hasSize(4);
        assertThat(joined.events()).singleElement().isInstanceOf(CommitteeEvent.MemberJoined.class);
        assertThat(left.events()).singleElement().isInstanceOfSatisfying(CommitteeEvent.MemberLeft.class,
                e -> assertThat(e.reason()).isEqualTo("Parti en exode"));
        MonitoringCommittee stored = given.committee(framework);
        assertThat(stored.currentMembers()).extracting(m -> m.person().name())
                .containsExactlyInAnyOrder("Moussa Coulibaly", "Aminata Traoré", "Awa Sanogo");
        assertThat(stored.members()).filteredOn(m -> m.person().equals(NEW_IRRIGATOR)).singleElement()
                .extracting(CommitteeMember::category).isEqualTo(PartyCategory.PROFESSIONAL_ORGANISATION);
    }

    @Test
    void the_last_member_of_a_sector_cannot_leave_and_nothing_is_saved() {
        // given
        long version = given.committee(framework).version();

        // when
        Outcome<MonitoringCommittee> outcome = pact.removeCommitteeMember(new RemoveCommitteeMember(framework,
                given.gardeners, ProcessFixture.GARDENERS_PRESIDENT.name(), SECOND_MEETING_ON, null));

        // then
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.blocking()).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("MON-1.last-of-sector-leaving"));
        assertThat(given.committee(framework).version()).isEqualTo(version);
        assertThat(given.committee(framework).currentMembers()).hasSize(3);
    }

    @Test
    void a_person_of_an_organisation_outside_the_framework_does_not_join() {
        // when
        Outcome<MonitoringCommittee> outcome = pact.addCommitteeMember(new AddCommitteeMember(framework, given.pact,
                NEW_IRRIGATOR, SECOND_MEETING_ON));

        // then
        assertThat(outcome.blocking()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("MON-4"));
        assertThatThrownBy(() -> given.process.addCommitteeMember(new AddCommitteeMember(framework, given.pact,
                NEW_IRRIGATOR, SECOND_MEETING_ON))).isInstanceOfSatisfying(InvariantViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("committee.not-a-framework-member"));
    }

    @Test
    void a_plan_reviewed_at_meeting_2_without_adoption_is_followed_at_meeting_3() {
        // given: meeting 2 reviews the first plan and cannot agree on the next one
        MeetingId second = given.heldMeeting(framework, SECOND_MEETING_ON);
        accepted(pact.review(new ReviewPlan(firstPlan, second, allDone(), SECOND_MEETING_ON)));
        MeetingId third = given.heldMeeting(framework, SECOND_MEETING_ON.plusDays(14));

        // when: meeting 3 adopts it
        Outcome<ActionPlan> adoption = pact.adopt(new AdoptActionPlan(framework, third, SECOND_PLAN,
                List.of(given.radioReports(LocalDate.of(2008, 8, 15))), SECOND_MEETING_ON.plusDays(14)));

        // then
        ActionPlan next = accepted(adoption);
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.adoptedAt()).isEqualTo(third);
        assertThat(adoption.verdicts()).filteredOn(v -> v.ruleId().equals("CYC-1")).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("CYC-1.adopted-at-later-meeting");
            assertThat(v.facts()).containsEntry("meeting", "3").containsEntry("reviewedAt", "2");
        });
    }

    @Test
    void a_framework_that_missed_a_cycle_gets_back_on_track() {
        LocalDate late = FIRST_PLAN.end().plusMonths(2);
        // the plan ended with no meeting: overdue
        assertThat(pact.followUp(new FollowUp(framework, late))).singleElement()
                .satisfies(v -> assertThat(v.messageKey()).isEqualTo("CYC-3.overdue"));
        assertThat(Indicators.of(given.repositories, framework, late).meetings().overdue()).isEqualTo(1);

        // a late meeting is convened: CYC-2 warns, CYC-3 stops
        Outcome<Meeting> convened = pact.convene(new ConveneMeeting(framework, late.plusDays(10), "Salle de la mairie",
                given.municipality, late, List.of(), List.of()));
        assertThat(convened.warnings()).extracting(Verdict::messageKey).contains("CYC-2.meeting-after-plan-end");
        assertThat(pact.followUp(new FollowUp(framework, late))).isEmpty();
        assertThat(Indicators.of(given.repositories, framework, late).meetings().overdue()).isZero();

        // it is cancelled: overdue again
        MeetingId cancelledMeeting = accepted(convened).id();
        Outcome<Meeting> cancelled = pact.cancel(new CancelMeeting(cancelledMeeting, "Blocus", late.plusDays(2)));
        assertThat(cancelled.warnings()).extracting(Verdict::messageKey).contains("MEET-2.leaves-framework-overdue");
        assertThat(pact.followUp(new FollowUp(framework, late.plusDays(2)))).hasSize(1);

        // another is convened and held: the expired plan is reviewed there, the next adopted
        MeetingId meeting = given.heldMeeting(framework, late.plusDays(20));
        assertThat(given.meeting(meeting).agenda()).extracting(a -> a.kind().name())
                .contains("ACTION_REVIEW", "PLAN_ADOPTION");
        accepted(pact.review(new ReviewPlan(firstPlan, meeting, allDone(), late.plusDays(20))));
        accepted(pact.adopt(new AdoptActionPlan(framework, meeting,
                org.kafo.model.common.Period.of(late.plusDays(21), late.plusDays(21).plusMonths(3).minusDays(1)),
                List.of(given.radioReports(late.plusMonths(2))), late.plusDays(20))));
        assertThat(pact.followUp(new FollowUp(framework, late.plusDays(25)))).isEmpty();
        assertThat(given.meeting(meeting).sequence()).isEqualTo(3);
    }

    private List<ActionReview> allDone() {
        return given.plan(firstPlan).actions().stream()
                .map(a -> new ActionReview(a.id(), ReviewOutcome.DONE, null)).toList();
    }
}
