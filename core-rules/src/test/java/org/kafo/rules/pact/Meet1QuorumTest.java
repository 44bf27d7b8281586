package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kafo.rules.pact.PactFixtures.FIRST_CONVOCATION_ON;
import static org.kafo.rules.pact.PactFixtures.FIRST_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kafo.model.meeting.AgendaItem;
import org.kafo.model.meeting.AgendaItemKind;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.organisation.Organisation;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ReviewOutcome;
import org.kafo.rules.Quorum;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.AdoptActionPlan;
import org.kafo.rules.command.ReviewPlan;
import org.kafo.rules.pact.PactFixtures.Dioro;
import org.kafo.rules.pact.PactFixtures.Stage;

@DisplayName("MEET-1: a meeting decides only with the municipality and half the professional organisations")
class Meet1QuorumTest {

    @Nested
    @DisplayName("when the meeting is held")
    class Holding {

        private final Dioro dioro = dioro().upTo(Stage.FIRST_MEETING_CONVENED);

        @Test
        void everybody_present_is_a_quorum() {
            // given
            dioro.attend(dioro.firstMeeting(), dioro.municipality, dioro.irrigators, dioro.gardeners);

            // then
            assertThat(PactCheck.verdicts("MEET-1", dioro.holdFirstMeeting(), dioro.situation())).isEmpty();
        }

        @Test
        void without_the_municipality_it_is_warned() {
            // given
            dioro.attend(dioro.firstMeeting(), dioro.irrigators, dioro.gardeners, dioro.ruralEngineering);

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MEET-1", dioro.holdFirstMeeting(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.messageKey()).isEqualTo("MEET-1.held-without-municipality");
                assertThat(v.facts()).containsEntry("meetingId", dioro.firstMeeting().id().toString());
            });
        }

        @Test
        void a_profile_may_do_without_the_municipality() {
            // given
            dioro.attend(dioro.firstMeeting(), dioro.irrigators, dioro.gardeners);
            RuleProfile professionalsOnly = RuleProfile.custom().quorum(false, 50).build();

            // then
            assertThat(PactCheck.verdicts("MEET-1", dioro.holdFirstMeeting(), dioro.situation(), professionalsOnly))
                    .isEmpty();
        }

        @Test
        void one_cooperative_of_two_is_half() {
            // given
            dioro.attend(dioro.firstMeeting(), dioro.municipality, dioro.gardeners);

            // then
            assertThat(PactCheck.verdicts("MEET-1", dioro.holdFirstMeeting(), dioro.situation())).isEmpty();
        }

        @Test
        void no_cooperative_is_no_quorum() {
            // given
            dioro.attend(dioro.firstMeeting(), dioro.municipality, dioro.ruralEngineering, dioro.partner);

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MEET-1", dioro.holdFirstMeeting(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.messageKey()).isEqualTo("MEET-1.held-without-quorum");
                assertThat(v.facts()).containsEntry("present", "0").containsEntry("members", "2")
                        .containsEntry("needed", "1").containsEntry("percent", "50");
            });
        }

        @Test
        void the_quorum_can_be_counted_for_those_ticked_before_anyone_signed() {
            // given the parties a page has ticked as present, nobody on the sheet yet
            java.util.Set<org.kafo.model.organisation.OrganisationId> ticked = new java.util.HashSet<>();

            // when the municipality, then one cooperative of two, are ticked
            Quorum none = Meet1Quorum.quorum(ticked::contains, FIRST_MEETING_ON, dioro.situation(),
                    RuleProfile.pact());
            ticked.add(dioro.municipality.id());
            Quorum municipality = Meet1Quorum.quorum(ticked::contains, FIRST_MEETING_ON,
                    dioro.situation(), RuleProfile.pact());
            ticked.add(dioro.gardeners.id());
            Quorum half = Meet1Quorum.quorum(ticked::contains, FIRST_MEETING_ON, dioro.situation(),
                    RuleProfile.pact());

            // then the count is the rule's: the municipality and half of the two cooperatives
            assertThat(none).isEqualTo(new Quorum(true, false, 0, 2, 1));
            assertThat(none.reached()).isFalse();
            assertThat(municipality.municipalityMissing()).isFalse();
            assertThat(municipality.professionalsMissing()).isTrue();
            assertThat(half.reached()).isTrue();
            assertThat(dioro.firstMeeting().attendance()).isEmpty();
        }

        @ParameterizedTest(name = "{0} of 3 cooperatives present: quorum {1}")
        @CsvSource({"1, false", "2, true", "3, true"})
        void two_of_three_cooperatives_are_needed_for_half(int present, boolean quorum) {
            // given
            Dioro three = dioro().withMembers();
            three.admit(three.riceGrowers, IRRIGATION);
            three.upTo(Stage.FIRST_MEETING_CONVENED);
            List<Organisation> cooperatives = List.of(three.irrigators, three.gardeners, three.riceGrowers);
            three.attend(three.firstMeeting(), three.municipality);
            three.attend(three.firstMeeting(), cooperatives.subList(0, present).toArray(Organisation[]::new));

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MEET-1", three.holdFirstMeeting(), three.situation());

            // then
            assertThat(verdicts.isEmpty()).isEqualTo(quorum);
            if (!quorum) {
                assertThat(verdicts.get(0).facts()).containsEntry("present", "1").containsEntry("members", "3")
                        .containsEntry("needed", "2");
            }
        }

        @Test
        void organisations_that_are_not_members_do_not_count() {
            // given
            dioro.attend(dioro.firstMeeting(), dioro.municipality, dioro.fishers, dioro.riceGrowers);

            // then
            assertThat(PactCheck.verdicts("MEET-1", dioro.holdFirstMeeting(), dioro.situation()))
                    .extracting(v -> v.facts().get("present")).containsExactly("0");
        }

        @Test
        void a_profile_asking_no_professional_share_needs_none() {
            // given
            dioro.attend(dioro.firstMeeting(), dioro.municipality);

            // then
            assertThat(PactCheck.verdicts("MEET-1", dioro.holdFirstMeeting(), dioro.situation(),
                    RuleProfile.custom().quorum(true, 0).build())).isEmpty();
        }
    }

    @Nested
    @DisplayName("when a meeting without quorum decides")
    class Decisions {

        private final Dioro dioro = dioro().upTo(Stage.NEEDS_IDENTIFIED);
        private final Meeting inquorate = dioro.convene(1, FIRST_CONVOCATION_ON, FIRST_MEETING_ON, List.of(
                AgendaItem.of("Adoption du plan d'action", AgendaItemKind.PLAN_ADOPTION)));

        Decisions() {
            dioro.attend(inquorate, dioro.irrigators, dioro.ruralEngineering);
            inquorate.hold(FIRST_MEETING_ON);
        }

        @Test
        void it_cannot_adopt_a_plan() {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("MEET-1", dioro.adoptFirstPlan(), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("MEET-1.cannot-decide-without-municipality");
                assertThat(v.facts()).containsEntry("decision", "adopt-plan")
                        .containsEntry("meetingId", inquorate.id().toString());
            });
        }

        @Test
        void it_cannot_install_the_committee() {
            // given a plan the meeting adopted anyway
            dioro.plans.add(ActionPlan.adopt(dioro.framework.id(), 1, null, PactFixtures.FIRST_PLAN, inquorate.id(),
                    FIRST_MEETING_ON, dioro.firstPlanActions()));

            // then
            assertThat(PactCheck.verdicts("MEET-1", dioro.installCommittee(), dioro.situation()))
                    .extracting(Verdict::severity, v -> v.facts().get("decision"))
                    .containsExactly(tuple(Severity.BLOCKING, "install-committee"));
        }

        @Test
        void it_cannot_review_a_plan() {
            // given
            Dioro reviewing = dioro().firstPlanAdopted();
            Meeting second = reviewing.meetingHeld(2, PactFixtures.SECOND_CONVOCATION_ON, PactFixtures.SECOND_MEETING_ON,
                    reviewing.municipality);

            // when
            List<Verdict> verdicts = PactCheck.verdicts("MEET-1", new ReviewPlan(
                    reviewing.firstPlan().id(), second.id(), Dioro.decisions(reviewing.firstPlan(),
                            ReviewOutcome.DONE), PactFixtures.SECOND_MEETING_ON),
                    reviewing.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("MEET-1.cannot-decide-without-quorum");
                assertThat(v.facts()).containsEntry("decision", "review-plan").containsEntry("present", "0");
            });
        }

        @Test
        void a_meeting_with_quorum_decides() {
            Dioro quorate = dioro().firstMeetingHeld();
            AdoptActionPlan adopt = quorate.adoptFirstPlan();
            assertThat(PactCheck.verdicts("MEET-1", adopt, quorate.situation())).isEmpty();
        }
    }

    @Test
    void the_quorum_is_the_smallest_count_reaching_the_percent_and_at_least_one() {
        for (int percent = 0; percent <= 100; percent++) {
            for (int members = 0; members <= 40; members++) {
                int needed = Meet1Quorum.needed(members, percent);
                int smallest = 0;
                while (smallest * 100 < percent * members) {
                    smallest++;
                }
                int expected = percent == 0 ? 0 : Math.max(1, smallest);
                assertThat(needed).as("%d%% of %d", percent, members).isEqualTo(expected);
            }
        }
    }
}
