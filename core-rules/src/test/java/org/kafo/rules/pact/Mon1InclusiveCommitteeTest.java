package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.SECOND_CONVOCATION_ON;
import static org.kafo.rules.pact.PactFixtures.SECOND_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.committee.CommitteeMember;
import org.kafo.model.common.Effective;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.organisation.PartyCategory;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.InstallCommittee;
import org.kafo.rules.command.RemoveCommitteeMember;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("MON-1: after a plan is adopted, an inclusive monitoring committee is installed")
class Mon1InclusiveCommitteeTest {

    @Nested
    @DisplayName("when the committee is installed")
    class Installation {

        private final Dioro dioro = dioro().firstPlanAdopted();

        @Test
        void the_mayor_office_both_cooperatives_and_the_technical_service_pass() {
            assertThat(PactCheck.verdicts("MON-1", dioro.installCommittee(), dioro.situation())).isEmpty();
        }

        @Test
        void installing_before_any_plan_is_refused() {
            // given
            Dioro early = dioro().firstMeetingHeld();

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MON-1", early.installCommittee(), early.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("MON-1.no-plan-in-force");
                assertThat(v.facts()).containsEntry("frameworkId", early.framework.id().toString());
            });
        }

        @Test
        void a_second_committee_is_refused() {
            // given
            dioro.committeeInstalled();

            // then
            assertThat(PactCheck.verdicts("MON-1", dioro.installCommittee(), dioro.situation()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.messageKey()).isEqualTo("MON-1.already-installed");
                        assertThat(v.facts()).containsEntry("committeeId", dioro.committee.id().toString())
                                .containsEntry("installedOn", FIRST_MEETING_ON.toString());
                    });
        }

        @Test
        void a_committee_without_the_municipality_is_refused() {
            // given
            List<CommitteeMember> members = without(PartyCategory.MUNICIPALITY);

            // then
            assertThat(PactCheck.verdicts("MON-1", dioro.installCommittee(members), dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("MON-1.no-municipality");
        }

        @Test
        void a_committee_without_the_gardeners_leaves_their_sector_out() {
            // given
            List<CommitteeMember> members = new ArrayList<>(dioro.committeeMembers(FIRST_MEETING_ON));
            members.removeIf(m -> m.organisation().equals(dioro.gardeners.id()));

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MON-1", dioro.installCommittee(members), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("MON-1.sector-unrepresented");
                assertThat(v.facts()).containsEntry("sector", "market-gardening");
            });
        }

        @Test
        void a_member_already_gone_does_not_count() {
            // given
            List<CommitteeMember> members = new ArrayList<>(dioro.committeeMembers(FIRST_MEETING_ON));
            members.removeIf(m -> m.organisation().equals(dioro.gardeners.id()));
            members.add(new CommitteeMember(dioro.gardeners.id(), dioro.gardeners.category(),
                    dioro.representative(dioro.gardeners), new Effective(FIRST_MEETING_ON, FIRST_MEETING_ON)));

            // then
            assertThat(PactCheck.verdicts("MON-1", dioro.installCommittee(members), dioro.situation()))
                    .extracting(v -> v.facts().get("sector")).containsExactly("market-gardening");
        }

        @Test
        void a_committee_installed_at_a_meeting_not_yet_held_is_refused() {
            // given
            Meeting next = dioro.convene(2, SECOND_CONVOCATION_ON, SECOND_MEETING_ON, dioro.agendaOfNextMeeting());
            InstallCommittee install = new InstallCommittee(dioro.framework.id(), next.id(),
                    dioro.committeeMembers(SECOND_MEETING_ON), "Suivi du plan d'action n° 1", Dioro.duties(),
                    PactFixtures.FIRST_PLAN, SECOND_MEETING_ON);

            // then
            assertThat(PactCheck.verdicts("MON-1", install, dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("MON-1.meeting-not-held");
        }

        @Test
        void a_committee_installed_at_a_meeting_of_no_framework_is_refused() {
            // given
            InstallCommittee install = new InstallCommittee(dioro.framework.id(), MeetingId.newId(),
                    dioro.committeeMembers(FIRST_MEETING_ON), "Suivi du plan d'action n° 1", Dioro.duties(),
                    PactFixtures.FIRST_PLAN, FIRST_MEETING_ON);

            // then
            assertThat(PactCheck.verdicts("MON-1", install, dioro.situation()))
                    .extracting(Verdict::messageKey).containsExactly("MON-1.meeting-unknown");
        }

        private List<CommitteeMember> without(PartyCategory category) {
            return dioro.committeeMembers(FIRST_MEETING_ON).stream().filter(m -> m.category() != category).toList();
        }
    }

    @Nested
    @DisplayName("when the next meeting is convened")
    class Convocation {

        @Test
        void a_plan_in_force_without_committee_is_warned() {
            // given
            Dioro dioro = dioro().firstPlanAdopted();

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MON-1", dioro.conveneMeetingOn(SECOND_MEETING_ON),
                    dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.messageKey()).isEqualTo("MON-1.no-committee");
                assertThat(v.facts()).containsEntry("planId", dioro.firstPlan().id().toString())
                        .containsEntry("plan", "1");
            });
        }

        @Test
        void with_its_committee_installed_nothing_is_said() {
            Dioro dioro = dioro().committeeInstalled();
            assertThat(PactCheck.verdicts("MON-1", dioro.conveneMeetingOn(SECOND_MEETING_ON), dioro.situation()))
                    .isEmpty();
        }

        @Test
        void without_a_plan_there_is_nothing_to_monitor_yet() {
            Dioro dioro = dioro().firstMeetingHeld();
            assertThat(PactCheck.verdicts("MON-1", dioro.conveneMeetingOn(LocalDate.of(2025, 3, 14)),
                    dioro.situation())).isEmpty();
        }
    }

    @Nested
    @DisplayName("when a member leaves the installed committee")
    class Departure {

        private final Dioro dioro = dioro().committeeInstalled();
        private final LocalDate lastDay = LocalDate.of(2025, 6, 2);

        @Test
        void the_technical_service_leaves_freely() {
            assertThat(PactCheck.verdicts("MON-1", leaving(dioro.ruralEngineering), dioro.situation())).isEmpty();
        }

        @Test
        void the_last_member_for_the_municipality_cannot_leave() {
            assertThat(refusal(dioro.municipality, "MON-1.municipality-leaving").facts())
                    .containsEntry("person", "Adama Traoré").containsEntry("organisation", "Mairie de Dioro")
                    .containsEntry("lastDay", "2025-06-02");
        }

        @Test
        void the_last_member_for_a_priority_sector_cannot_leave() {
            assertThat(refusal(dioro.gardeners, "MON-1.last-of-sector-leaving").facts())
                    .containsEntry("sector", "market-gardening");
        }

        /** The one verdict of MON-1 on the departure of the organisation's representative: blocking, of that key. */
        private Verdict refusal(org.kafo.model.organisation.Organisation organisation, String key) {
            List<Verdict> verdicts = PactCheck.verdicts("MON-1", leaving(organisation), dioro.situation());
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo(key);
            });
            return verdicts.get(0);
        }

        @Test
        void a_member_of_a_sector_leaves_once_another_sits_for_it() {
            // given
            dioro.committee.addMember(CommitteeMember.from(lastDay, dioro.gardeners.id(),
                    PartyCategory.PROFESSIONAL_ORGANISATION, new org.kafo.model.common.Person("Awa Sanogo",
                            org.kafo.model.common.Sex.FEMALE, true, null)));

            // then
            assertThat(PactCheck.verdicts("MON-1", leaving(dioro.gardeners), dioro.situation())).isEmpty();
        }

        private RemoveCommitteeMember leaving(org.kafo.model.organisation.Organisation organisation) {
            return new RemoveCommitteeMember(dioro.framework.id(), organisation.id(),
                    dioro.representative(organisation).name(), lastDay, "départ");
        }
    }
}
