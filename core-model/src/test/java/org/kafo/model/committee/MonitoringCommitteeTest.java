package org.kafo.model.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.COUNCILLOR;
import static org.kafo.model.Fixtures.FIRST_MEETING_ON;
import static org.kafo.model.Fixtures.FIRST_PLAN_PERIOD;
import static org.kafo.model.Fixtures.GARDENERS_PRESIDENT;
import static org.kafo.model.Fixtures.MUNICIPALITY;
import static org.kafo.model.Fixtures.PARTNER;
import static org.kafo.model.Fixtures.RICE_GROWERS;
import static org.kafo.model.Fixtures.RURAL_ENGINEERING;
import static org.kafo.model.Fixtures.SECOND_MEETING_ON;
import static org.kafo.model.Fixtures.WOMEN_GARDENERS;
import static org.kafo.model.Fixtures.YOUNG_GARDENER;
import static org.kafo.model.Fixtures.anInstalledCommittee;
import static org.kafo.model.Fixtures.theFirstCommitteeMembers;
import static org.kafo.model.Fixtures.theFirstDuties;
import static org.kafo.model.Fixtures.violationCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Effective;
import org.kafo.model.common.Period;
import org.kafo.model.common.Person;
import org.kafo.model.common.Sex;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.model.plan.PlanId;

class MonitoringCommitteeTest {

    private static final LocalDate JUNE_2 = LocalDate.of(2008, 6, 2);
    private static final Period SECOND_PLAN_PERIOD = Period.ofMonths(SECOND_MEETING_ON, 3);

    private final PlanId firstPlan = PlanId.newId();
    private final MonitoringCommittee committee = anInstalledCommittee(firstPlan);

    @Nested
    class Installation {

        @Test
        void the_framework_installs_its_committee_with_members_and_a_first_mandate() {
            // given
            FrameworkId framework = FrameworkId.newId();
            MeetingId meeting = MeetingId.newId();

            // when
            MonitoringCommittee installed = MonitoringCommittee.install(framework, meeting, FIRST_MEETING_ON,
                    theFirstCommitteeMembers(), "Follow the action plan of April to July 2008", theFirstDuties(),
                    FIRST_PLAN_PERIOD, firstPlan);

            // then
            Mandate first = installed.currentMandate();
            assertThat(installed.recordedEvents()).containsExactly(
                    new CommitteeEvent.Installed(installed.id(), framework, meeting, 4, FIRST_MEETING_ON));
            assertThat(installed.installedAt()).isEqualTo(meeting);
            assertThat(installed.installedOn()).isEqualTo(FIRST_MEETING_ON);
            assertThat(installed.currentMembers()).hasSize(4);
            assertThat(first.revision()).isEqualTo(1);
            assertThat(first.adoptedOn()).isEqualTo(FIRST_MEETING_ON);
            assertThat(first.reason()).isNull();
            assertThat(first.duties()).containsExactlyElementsOf(theFirstDuties());
            assertThat(first.covers(firstPlan)).isTrue();
            assertThat(first.covers(PlanId.newId())).isFalse();
            assertThat(installed.mandateHistory()).containsExactly(first);
            assertThat(installed.reports()).isEmpty();
            assertThat(installed.obstacles()).isEmpty();
        }

        @Test
        void a_committee_has_members_and_a_mandate_with_duties() {
            assertThat(violationCode(() -> MonitoringCommittee.install(FrameworkId.newId(), MeetingId.newId(),
                    FIRST_MEETING_ON, List.of(), "Follow the plan", theFirstDuties(), FIRST_PLAN_PERIOD, firstPlan)))
                    .isEqualTo("committee.no-member");
            assertThat(violationCode(() -> MonitoringCommittee.install(FrameworkId.newId(), MeetingId.newId(),
                    FIRST_MEETING_ON, theFirstCommitteeMembers(), "Follow the plan", List.of(), FIRST_PLAN_PERIOD,
                    firstPlan))).isEqualTo("mandate.no-duty");
            assertThat(violationCode(() -> MonitoringCommittee.install(FrameworkId.newId(), MeetingId.newId(),
                    FIRST_MEETING_ON, theFirstCommitteeMembers(), " ", theFirstDuties(), FIRST_PLAN_PERIOD,
                    firstPlan))).isEqualTo("required");
            assertThat(violationCode(() -> MonitoringCommittee.install(FrameworkId.newId(), MeetingId.newId(),
                    FIRST_MEETING_ON, theFirstCommitteeMembers(), "Follow the plan", List.of("Report", " "),
                    FIRST_PLAN_PERIOD, firstPlan))).isEqualTo("required");
            assertThat(violationCode(() -> MonitoringCommittee.install(FrameworkId.newId(), MeetingId.newId(),
                    FIRST_MEETING_ON, theFirstCommitteeMembers(), "Follow the plan", theFirstDuties(),
                    FIRST_PLAN_PERIOD, null))).isEqualTo("required");
        }

        @Test
        void a_committee_is_not_installed_with_the_same_person_twice_for_a_party() {
            // given
            List<CommitteeMember> members = new ArrayList<>(theFirstCommitteeMembers());
            members.add(CommitteeMember.from(FIRST_MEETING_ON, WOMEN_GARDENERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                    new Person("FATOUMATA KANÉ", Sex.FEMALE, true, null)));

            // then
            assertThat(violationCode(() -> MonitoringCommittee.install(FrameworkId.newId(), MeetingId.newId(),
                    FIRST_MEETING_ON, members, "Follow the plan", theFirstDuties(), FIRST_PLAN_PERIOD, firstPlan)))
                    .isEqualTo("committee.member-twice");
        }

        @Test
        void a_stored_committee_has_its_mandate_revisions_numbered_in_order() {
            // given
            MonitoringCommittee.State state = committee.snapshot();
            Mandate first = state.mandates().get(0);
            Mandate third = new Mandate(3, SECOND_MEETING_ON, "Follow the second plan", theFirstDuties(),
                    SECOND_PLAN_PERIOD, PlanId.newId(), "New plan");
            Mandate secondButOlder = new Mandate(2, FIRST_MEETING_ON.minusDays(1), "Follow the plan",
                    theFirstDuties(), FIRST_PLAN_PERIOD, firstPlan, "Corrected");

            // then
            assertThat(violationCode(() -> MonitoringCommittee.restore(withMandates(state, List.of(first, third)), 2)))
                    .isEqualTo("mandate.revision-order");
            assertThat(violationCode(() -> MonitoringCommittee.restore(
                    withMandates(state, List.of(first, secondButOlder)), 2))).isEqualTo("mandate.revision-order");
            assertThat(violationCode(() -> MonitoringCommittee.restore(withMandates(state, List.of()), 2)))
                    .isEqualTo("committee.no-mandate");
        }

        private MonitoringCommittee.State withMandates(MonitoringCommittee.State state, List<Mandate> mandates) {
            return new MonitoringCommittee.State(state.id(), state.framework(), state.installedAt(),
                    state.installedOn(), state.members(), mandates, state.reports(), state.obstacles());
        }
    }

    @Nested
    class Members {

        @Test
        void a_member_joins_the_committee() {
            // given
            CommitteeMember partner = CommitteeMember.from(JUNE_2, PARTNER, PartyCategory.PARTNER,
                    new Person("Claire Dembélé", Sex.FEMALE, false, "programme officer"));

            // when
            CommitteeEvent.MemberJoined joined = committee.addMember(partner);

            // then
            assertThat(joined).isEqualTo(new CommitteeEvent.MemberJoined(committee.id(), partner));
            assertThat(joined.occurredOn()).isEqualTo(JUNE_2);
            assertThat(committee.currentMembers()).hasSize(5).contains(partner);
        }

        @Test
        void a_person_sits_once_for_a_party() {
            // given
            CommitteeMember again = CommitteeMember.from(JUNE_2, WOMEN_GARDENERS,
                    PartyCategory.PROFESSIONAL_ORGANISATION, new Person("fatoumata kané", Sex.FEMALE, true, null));

            // when
            String code = violationCode(() -> committee.addMember(again));

            // then
            assertThat(code).isEqualTo("committee.member-twice");
            assertThat(committee.members()).hasSize(4);
        }

        @Test
        void a_member_leaves_and_stays_in_the_history() {
            // when
            CommitteeEvent.MemberLeft left = committee.removeMember(WOMEN_GARDENERS, "Fatoumata Kané", JUNE_2);

            // then
            assertThat(left).isEqualTo(new CommitteeEvent.MemberLeft(committee.id(), WOMEN_GARDENERS,
                    YOUNG_GARDENER.name(), JUNE_2));
            assertThat(committee.currentMembers()).hasSize(3)
                    .noneMatch(m -> m.person().equals(YOUNG_GARDENER));
            assertThat(committee.members()).hasSize(4);
            CommitteeMember former = committee.members().stream()
                    .filter(m -> m.person().equals(YOUNG_GARDENER)).findFirst().orElseThrow();
            assertThat(former.isOn(JUNE_2)).isTrue();
            assertThat(former.isOn(JUNE_2.plusDays(1))).isFalse();
        }

        @Test
        void a_member_who_left_may_come_back() {
            // given
            committee.removeMember(WOMEN_GARDENERS, "Fatoumata Kané", JUNE_2);

            // when
            committee.addMember(CommitteeMember.from(SECOND_MEETING_ON, WOMEN_GARDENERS,
                    PartyCategory.PROFESSIONAL_ORGANISATION, YOUNG_GARDENER));

            // then
            assertThat(committee.members()).filteredOn(m -> m.person().equals(YOUNG_GARDENER)).hasSize(2);
            assertThat(committee.currentMembers()).hasSize(4);
        }

        @Test
        void a_member_leaves_for_a_reason_that_stays_with_the_seat() {
            // when
            CommitteeEvent.MemberLeft left = committee.removeMember(WOMEN_GARDENERS, "Fatoumata Kané", JUNE_2,
                    "  Moved to Ségou  ");

            // then
            assertThat(left.reason()).isEqualTo("Moved to Ségou");
            assertThat(committee.members()).filteredOn(m -> m.person().equals(YOUNG_GARDENER))
                    .extracting(CommitteeMember::leavingReason).containsExactly("Moved to Ségou");
            assertThat(MonitoringCommittee.restore(committee.snapshot(), 1).snapshot()).isEqualTo(committee.snapshot());
            assertThat(committee.currentSeat(WOMEN_GARDENERS, "Fatoumata Kané")).isEmpty();
        }

        @Test
        void a_sitting_member_has_no_reason_for_leaving() {
            assertThat(violationCode(() -> new CommitteeMember(WOMEN_GARDENERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                    YOUNG_GARDENER, org.kafo.model.common.Effective.since(JUNE_2), "Why?")))
                    .isEqualTo("committee.leaving-reason");
        }

        @Test
        void only_a_sitting_member_leaves_and_not_before_joining() {
            assertThat(violationCode(() -> committee.removeMember(WOMEN_GARDENERS, GARDENERS_PRESIDENT.name(),
                    JUNE_2))).isEqualTo("committee.not-a-member");
            assertThat(violationCode(() -> committee.removeMember(MUNICIPALITY, YOUNG_GARDENER.name(), JUNE_2)))
                    .isEqualTo("committee.not-a-member");
            assertThat(violationCode(() -> committee.removeMember(MUNICIPALITY, COUNCILLOR.name(),
                    FIRST_MEETING_ON.minusDays(1)))).isEqualTo("dates.order");
            assertThat(violationCode(() -> committee.removeMember(MUNICIPALITY, COUNCILLOR.name(), null)))
                    .isEqualTo("required");
            assertThat(committee.currentMembers()).hasSize(4);
        }
    }

    @Nested
    class Mandates {

        @Test
        void a_revised_mandate_keeps_the_earlier_ones_with_their_reasons() {
            // given
            PlanId secondPlan = PlanId.newId();
            Mandate first = committee.currentMandate();

            // when
            CommitteeEvent.MandateRevised revised = committee.reviseMandate("Follow the second action plan",
                    List.of("Follow the carried-over motor pump week by week", "File a progress report every month"),
                    SECOND_PLAN_PERIOD, secondPlan, "The first plan was reviewed and a second one adopted",
                    SECOND_MEETING_ON);

            // then
            Mandate second = revised.mandate();
            assertThat(revised.occurredOn()).isEqualTo(SECOND_MEETING_ON);
            assertThat(second.revision()).isEqualTo(2);
            assertThat(second.reason()).isEqualTo("The first plan was reviewed and a second one adopted");
            assertThat(second.covers(secondPlan)).isTrue();
            assertThat(committee.currentMandate()).isEqualTo(second);
            assertThat(committee.mandateHistory()).containsExactly(first, second);
        }

        @Test
        void the_mandate_on_a_day_is_the_latest_revision_adopted_by_then() {
            // given
            Mandate first = committee.currentMandate();
            Mandate second = committee.reviseMandate("Follow the plan and the partner's disbursement",
                    theFirstDuties(), FIRST_PLAN_PERIOD, firstPlan, "The partner's funds are late", JUNE_2).mandate();

            // then
            assertThat(committee.mandateOn(FIRST_MEETING_ON.minusDays(1))).isEmpty();
            assertThat(committee.mandateOn(FIRST_MEETING_ON)).contains(first);
            assertThat(committee.mandateOn(JUNE_2.minusDays(1))).contains(first);
            assertThat(committee.mandateOn(JUNE_2)).contains(second);
        }

        @Test
        void a_revision_says_why_and_is_not_older_than_the_mandate_it_revises() {
            // given
            List<Mandate> before = committee.mandateHistory();

            // then
            assertThat(violationCode(() -> committee.reviseMandate("Follow the plan", theFirstDuties(),
                    FIRST_PLAN_PERIOD, firstPlan, " ", JUNE_2))).isEqualTo("required");
            assertThat(violationCode(() -> committee.reviseMandate("Follow the plan", theFirstDuties(),
                    FIRST_PLAN_PERIOD, firstPlan, "Backdated", FIRST_MEETING_ON.minusDays(1))))
                    .isEqualTo("dates.order");
            assertThat(violationCode(() -> new Mandate(2, JUNE_2, "Follow the plan", theFirstDuties(),
                    FIRST_PLAN_PERIOD, firstPlan, null))).isEqualTo("mandate.revision-reason");
            assertThat(committee.mandateHistory()).isEqualTo(before);
        }
    }

    @Nested
    class ReportsAndObstacles {

        private final ActionId pump = ActionId.newId();

        @Test
        void the_committee_files_progress_reports() {
            // when
            CommitteeEvent.ReportFiled filed = committee.fileReport(firstPlan,
                    "Market fee deliberation done; motor pump waiting for the partner's funds", JUNE_2);

            // then
            ProgressReport report = filed.report();
            assertThat(filed.occurredOn()).isEqualTo(JUNE_2);
            assertThat(report.plan()).isEqualTo(firstPlan);
            assertThat(committee.reports()).containsExactly(report);
            assertThat(violationCode(() -> committee.fileReport(firstPlan, " ", JUNE_2))).isEqualTo("required");
        }

        @Test
        void an_obstacle_is_recorded_against_an_action() {
            // when
            CommitteeEvent.ObstacleRecorded recorded = committee.recordObstacle(firstPlan, pump,
                    "The partner's cash share is not disbursed", JUNE_2);

            // then
            Obstacle obstacle = committee.obstacle(recorded.obstacle());
            assertThat(recorded).isEqualTo(new CommitteeEvent.ObstacleRecorded(committee.id(), obstacle.id(), pump,
                    JUNE_2));
            assertThat(obstacle.status()).isEqualTo(ObstacleStatus.OPEN);
            assertThat(obstacle.action()).isEqualTo(pump);
            assertThat(obstacle.plan()).isEqualTo(firstPlan);
            assertThat(obstacle.reportedToMeeting()).isEmpty();
            assertThat(committee.unresolvedObstacles()).containsExactly(obstacle);
        }

        @Test
        void an_obstacle_is_reported_to_a_meeting_and_then_resolved() {
            // given
            ObstacleId obstacle = committee.recordObstacle(firstPlan, pump,
                    "The partner's cash share is not disbursed", JUNE_2).obstacle();
            MeetingId secondMeeting = MeetingId.newId();

            // when
            CommitteeEvent.ObstacleReported reported = committee.reportObstacle(obstacle, secondMeeting,
                    LocalDate.of(2008, 6, 20));
            ObstacleStatus afterReport = committee.obstacle(obstacle).status();
            CommitteeEvent.ObstacleResolved resolved = committee.resolveObstacle(obstacle,
                    "The partner confirmed the disbursement for August", SECOND_MEETING_ON);

            // then
            assertThat(reported).isEqualTo(new CommitteeEvent.ObstacleReported(committee.id(), obstacle,
                    secondMeeting, LocalDate.of(2008, 6, 20)));
            assertThat(afterReport).isEqualTo(ObstacleStatus.REPORTED);
            assertThat(resolved).isEqualTo(new CommitteeEvent.ObstacleResolved(committee.id(), obstacle,
                    "The partner confirmed the disbursement for August", SECOND_MEETING_ON));
            assertThat(committee.obstacle(obstacle).status()).isEqualTo(ObstacleStatus.RESOLVED);
            assertThat(committee.obstacle(obstacle).reportedToMeeting()).contains(secondMeeting);
            assertThat(committee.obstacle(obstacle).resolvedOn()).isEqualTo(SECOND_MEETING_ON);
            assertThat(committee.unresolvedObstacles()).isEmpty();
        }

        @Test
        void a_resolved_obstacle_is_neither_reported_nor_resolved_again() {
            // given
            ObstacleId obstacle = committee.recordObstacle(firstPlan, pump, "No fuel for the pump", JUNE_2)
                    .obstacle();
            committee.resolveObstacle(obstacle, "The cooperative bought fuel", JUNE_2.plusDays(3));

            // then
            assertThat(violationCode(() -> committee.resolveObstacle(obstacle, "Again", SECOND_MEETING_ON)))
                    .isEqualTo("obstacle.resolved");
            assertThat(violationCode(() -> committee.reportObstacle(obstacle, MeetingId.newId(), SECOND_MEETING_ON)))
                    .isEqualTo("obstacle.resolved");
        }

        @Test
        void an_obstacle_is_not_resolved_before_it_was_raised_nor_without_saying_how() {
            // given
            ObstacleId obstacle = committee.recordObstacle(firstPlan, pump, "No fuel for the pump", JUNE_2)
                    .obstacle();
            MonitoringCommittee.State before = committee.snapshot();

            // then
            assertThat(violationCode(() -> committee.resolveObstacle(obstacle, "Fuel bought", JUNE_2.minusDays(1))))
                    .isEqualTo("dates.order");
            assertThat(violationCode(() -> committee.resolveObstacle(obstacle, " ", JUNE_2))).isEqualTo("required");
            assertThat(violationCode(() -> committee.resolveObstacle(obstacle, "Fuel bought", null)))
                    .isEqualTo("required");
            assertThat(violationCode(() -> committee.reportObstacle(obstacle, MeetingId.newId(), null)))
                    .isEqualTo("required");
            assertThat(violationCode(() -> committee.reportObstacle(obstacle, null, SECOND_MEETING_ON)))
                    .isEqualTo("required");
            assertThat(committee.snapshot()).isEqualTo(before);
        }

        @Test
        void the_committee_knows_only_its_own_obstacles() {
            // given
            ObstacleId elsewhere = ObstacleId.newId();

            // then
            assertThat(violationCode(() -> committee.obstacle(elsewhere))).isEqualTo("committee.no-such-obstacle");
            assertThat(violationCode(() -> committee.resolveObstacle(elsewhere, "Solved", JUNE_2)))
                    .isEqualTo("committee.no-such-obstacle");
            assertThat(violationCode(() -> committee.reportObstacle(elsewhere, MeetingId.newId(), JUNE_2)))
                    .isEqualTo("committee.no-such-obstacle");
        }

        @Test
        void an_obstacle_names_its_plan_its_action_and_what_blocks() {
            assertThat(violationCode(() -> committee.recordObstacle(null, pump, "No fuel", JUNE_2)))
                    .isEqualTo("required");
            assertThat(violationCode(() -> committee.recordObstacle(firstPlan, null, "No fuel", JUNE_2)))
                    .isEqualTo("required");
            assertThat(violationCode(() -> committee.recordObstacle(firstPlan, pump, " ", JUNE_2)))
                    .isEqualTo("required");
            assertThat(committee.obstacles()).isEmpty();
        }
    }

    @Test
    void members_sit_for_a_party_from_a_day() {
        assertThat(violationCode(() -> new CommitteeMember(RURAL_ENGINEERING, PartyCategory.TECHNICAL_SERVICE,
                COUNCILLOR, Effective.ALWAYS))).isEqualTo("required");
        assertThat(violationCode(() -> CommitteeMember.from(JUNE_2, RICE_GROWERS, null, COUNCILLOR)))
                .isEqualTo("required");
    }
}
