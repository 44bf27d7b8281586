package org.kafo.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.COUNCILLOR;
import static org.kafo.model.Fixtures.DELIBERATED_ON;
import static org.kafo.model.Fixtures.DIORO;
import static org.kafo.model.Fixtures.ESTABLISHED_ON;
import static org.kafo.model.Fixtures.FIRST_MEETING_ON;
import static org.kafo.model.Fixtures.FISHING;
import static org.kafo.model.Fixtures.GARDENERS_PRESIDENT;
import static org.kafo.model.Fixtures.MARKET_GARDENING;
import static org.kafo.model.Fixtures.MAYOR;
import static org.kafo.model.Fixtures.MUNICIPALITY;
import static org.kafo.model.Fixtures.PARTNER;
import static org.kafo.model.Fixtures.PRIORITY_SECTORS;
import static org.kafo.model.Fixtures.PROPOSED_ON;
import static org.kafo.model.Fixtures.RICE_GROWERS;
import static org.kafo.model.Fixtures.RICE_GROWERS_PRESIDENT;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.WOMEN_GARDENERS;
import static org.kafo.model.Fixtures.YOUNG_RICE_GROWER;
import static org.kafo.model.Fixtures.aProposedFramework;
import static org.kafo.model.Fixtures.anActiveFramework;
import static org.kafo.model.Fixtures.anEstablishedFramework;
import static org.kafo.model.Fixtures.anEstablishedFrameworkWithItsMembers;
import static org.kafo.model.Fixtures.theDeliberation;
import static org.kafo.model.Fixtures.violationCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Sector;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.organisation.PartyCategory;

class ConsultationFrameworkTest {

    @Nested
    class Lifecycle {

        @Test
        void a_commune_proposes_a_framework_for_its_priority_sectors() {
            // when
            ConsultationFramework framework = aProposedFramework();

            // then
            assertThat(framework.status()).isEqualTo(FrameworkStatus.PROPOSED);
            assertThat(framework.commune()).isEqualTo(DIORO);
            assertThat(framework.prioritySectors()).containsExactly(SMALL_SCALE_IRRIGATION, MARKET_GARDENING);
            assertThat(framework.proposedOn()).isEqualTo(PROPOSED_ON);
            assertThat(framework.deliberation()).isEmpty();
            assertThat(framework.establishedOn()).isEmpty();
            assertThat(framework.recordedEvents()).containsExactly(
                    new FrameworkEvent.Proposed(framework.id(), DIORO, PRIORITY_SECTORS, PROPOSED_ON));
        }

        @Test
        void a_framework_has_at_least_one_priority_sector_and_none_twice() {
            assertThat(violationCode(() -> ConsultationFramework.propose(DIORO, "Cadre", List.of(), PROPOSED_ON)))
                    .isEqualTo("framework.no-sector");
            assertThat(violationCode(() -> ConsultationFramework.propose(DIORO, "Cadre",
                    List.of(MARKET_GARDENING, MARKET_GARDENING), PROPOSED_ON))).isEqualTo("framework.sector-twice");
            assertThat(violationCode(() -> ConsultationFramework.propose(DIORO, "Cadre", PRIORITY_SECTORS, null)))
                    .isEqualTo("required");
            assertThat(violationCode(() -> ConsultationFramework.propose(null, "Cadre", PRIORITY_SECTORS,
                    PROPOSED_ON))).isEqualTo("required");
        }

        @Test
        void the_council_deliberation_establishes_the_framework() {
            // given
            ConsultationFramework framework = aProposedFramework();

            // when
            FrameworkEvent.Established established = framework.establish(theDeliberation(), ESTABLISHED_ON);

            // then
            assertThat(established).isEqualTo(
                    new FrameworkEvent.Established(framework.id(), theDeliberation(), ESTABLISHED_ON));
            assertThat(framework.status()).isEqualTo(FrameworkStatus.ESTABLISHED);
            assertThat(framework.deliberation()).contains(theDeliberation());
            assertThat(framework.deliberation().orElseThrow().number()).isEqualTo("2008-014/CR-DIO");
            assertThat(framework.establishedOn()).contains(ESTABLISHED_ON);
        }

        @Test
        void a_framework_is_not_established_without_a_recorded_deliberation() {
            // given
            ConsultationFramework framework = aProposedFramework();

            // then
            assertThat(violationCode(() -> framework.establish(null, ESTABLISHED_ON))).isEqualTo("required");
            assertThat(violationCode(() -> new CouncilDeliberation(" ", DELIBERATED_ON, "Establishes the framework")))
                    .isEqualTo("required");
            assertThat(violationCode(() -> new CouncilDeliberation("2008-014/CR-DIO", null, "Establishes it")))
                    .isEqualTo("required");
            assertThat(violationCode(() -> new CouncilDeliberation("2008-014/CR-DIO", DELIBERATED_ON, "")))
                    .isEqualTo("required");
            assertThat(framework.status()).isEqualTo(FrameworkStatus.PROPOSED);
        }

        @Test
        void a_framework_is_not_established_before_the_council_deliberated() {
            // given
            ConsultationFramework framework = aProposedFramework();

            // when
            String code = violationCode(() -> framework.establish(theDeliberation(), DELIBERATED_ON.minusDays(1)));

            // then
            assertThat(code).isEqualTo("dates.order");
            assertThat(framework.status()).isEqualTo(FrameworkStatus.PROPOSED);
        }

        @Test
        void a_refused_establishment_leaves_the_framework_as_it_was() {
            // given: the council deliberated before the proposal was recorded
            ConsultationFramework framework = aProposedFramework();
            CouncilDeliberation early = new CouncilDeliberation("2008-009/CR-DIO", PROPOSED_ON.minusDays(10),
                    "Establishes the consultation framework");
            ConsultationFramework.State before = framework.snapshot();

            // when: it would be established before it was proposed
            String code = violationCode(() -> framework.establish(early, PROPOSED_ON.minusDays(5)));

            // then
            assertThat(code).isEqualTo("dates.order");
            assertThat(framework.snapshot()).isEqualTo(before);
            assertThat(framework.deliberation()).isEmpty();
            assertThat(framework.recordedEvents()).hasSize(1);
        }

        @Test
        void a_framework_is_established_once() {
            // given
            ConsultationFramework framework = anEstablishedFramework();

            // then
            assertThat(violationCode(() -> framework.establish(theDeliberation(), ESTABLISHED_ON.plusDays(1))))
                    .isEqualTo("framework.status");
        }

        @Test
        void the_first_meeting_makes_an_established_framework_active() {
            // given
            ConsultationFramework framework = anEstablishedFramework();

            // when
            FrameworkEvent.Activated activated = framework.activate(FIRST_MEETING_ON);

            // then
            assertThat(activated).isEqualTo(new FrameworkEvent.Activated(framework.id(), FIRST_MEETING_ON));
            assertThat(framework.status()).isEqualTo(FrameworkStatus.ACTIVE);
        }

        @Test
        void only_an_established_framework_is_activated() {
            assertThat(violationCode(() -> aProposedFramework().activate(FIRST_MEETING_ON)))
                    .isEqualTo("framework.status");
            assertThat(violationCode(() -> anActiveFramework().activate(FIRST_MEETING_ON.plusDays(1))))
                    .isEqualTo("framework.status");
        }

        @Test
        void a_status_change_is_not_dated_before_the_previous_one() {
            // given
            ConsultationFramework framework = anEstablishedFramework();

            // when
            String code = violationCode(() -> framework.activate(ESTABLISHED_ON.minusDays(1)));

            // then
            assertThat(code).isEqualTo("dates.order");
            assertThat(framework.status()).isEqualTo(FrameworkStatus.ESTABLISHED);
        }

        @Test
        void an_active_framework_is_suspended_for_a_reason_and_resumes() {
            // given
            ConsultationFramework framework = anActiveFramework();
            LocalDate suspendedOn = LocalDate.of(2008, 8, 1);
            LocalDate resumedOn = LocalDate.of(2008, 10, 15);

            // when
            FrameworkEvent.Suspended suspended = framework.suspend("Rainy season: the fields come first", suspendedOn);
            FrameworkEvent.Resumed resumed = framework.resume("The harvest is in", resumedOn);

            // then
            assertThat(suspended.reason()).isEqualTo("Rainy season: the fields come first");
            assertThat(resumed).isEqualTo(new FrameworkEvent.Resumed(framework.id(), resumedOn));
            assertThat(framework.status()).isEqualTo(FrameworkStatus.ACTIVE);
            assertThat(framework.history()).extracting(StatusChange::status).containsExactly(
                    FrameworkStatus.PROPOSED, FrameworkStatus.ESTABLISHED, FrameworkStatus.ACTIVE,
                    FrameworkStatus.SUSPENDED, FrameworkStatus.ACTIVE);
            assertThat(framework.history().get(3))
                    .isEqualTo(new StatusChange(FrameworkStatus.SUSPENDED, suspendedOn, "Rainy season: the fields come first"));
            assertThat(framework.history().get(4))
                    .isEqualTo(new StatusChange(FrameworkStatus.ACTIVE, resumedOn, "The harvest is in"));
        }

        @Test
        void a_suspension_says_why() {
            assertThat(violationCode(() -> anActiveFramework().suspend(" ", LocalDate.of(2008, 8, 1))))
                    .isEqualTo("required");
        }

        @Test
        void only_an_established_or_active_framework_is_suspended_and_only_a_suspended_one_resumes() {
            assertThat(violationCode(() -> aProposedFramework().suspend("No quorum", LocalDate.of(2008, 8, 1))))
                    .isEqualTo("framework.status");
            assertThat(violationCode(() -> anActiveFramework().resume(LocalDate.of(2008, 8, 1))))
                    .isEqualTo("framework.status");
            assertThat(anEstablishedFramework().suspend("Council dissolved", LocalDate.of(2008, 8, 1)))
                    .isNotNull();
        }

        @Test
        void a_dissolved_framework_takes_no_more_commands() {
            // given
            ConsultationFramework framework = anActiveFramework();
            LocalDate dissolvedOn = LocalDate.of(2012, 3, 22);

            // when
            FrameworkEvent.Dissolved dissolved = framework.dissolve("The support programme ended", dissolvedOn);

            // then
            assertThat(dissolved).isEqualTo(
                    new FrameworkEvent.Dissolved(framework.id(), "The support programme ended", dissolvedOn));
            assertThat(framework.status()).isEqualTo(FrameworkStatus.DISSOLVED);
            assertThat(violationCode(() -> framework.dissolve("Again", dissolvedOn))).isEqualTo("framework.dissolved");
            assertThat(violationCode(() -> framework.admit(PARTNER, PartyCategory.PARTNER, List.of(), List.of(),
                    dissolvedOn))).isEqualTo("framework.dissolved");
            assertThat(violationCode(() -> framework.changePrioritySectors(List.of(FISHING), dissolvedOn)))
                    .isEqualTo("framework.dissolved");
            assertThat(violationCode(() -> framework.resume(dissolvedOn))).isEqualTo("framework.status");
        }

        @Test
        void only_an_established_or_active_framework_meets_plans_and_monitors() {
            // given
            ConsultationFramework proposed = aProposedFramework();
            ConsultationFramework suspended = anActiveFramework();
            suspended.suspend("Rainy season: the fields come first", LocalDate.of(2008, 8, 1));
            ConsultationFramework dissolved = anActiveFramework();
            dissolved.dissolve("The support programme ended", LocalDate.of(2012, 3, 22));

            // when / then
            anEstablishedFramework().requireWorking();
            anActiveFramework().requireWorking();
            assertThat(violationCode(proposed::requireWorking)).isEqualTo("framework.not-established");
            assertThat(violationCode(suspended::requireWorking)).isEqualTo("framework.suspended");
            assertThat(violationCode(dissolved::requireWorking)).isEqualTo("framework.dissolved");
        }

        @Test
        void a_suspended_framework_is_read_only_until_it_resumes() {
            // given
            ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();
            LocalDate suspendedOn = LocalDate.of(2008, 8, 1);
            framework.suspend("Council dissolved", suspendedOn);
            long events = framework.recordedEvents().size();

            // when / then
            assertThat(violationCode(framework::requireChangeable)).isEqualTo("framework.suspended");
            assertThat(violationCode(() -> framework.admit(PARTNER, PartyCategory.PARTNER, List.of(), List.of(),
                    suspendedOn))).isEqualTo("framework.suspended");
            assertThat(violationCode(() -> framework.endMembership(MUNICIPALITY, suspendedOn, "left")))
                    .isEqualTo("framework.suspended");
            assertThat(violationCode(() -> framework.changeRepresentatives(MUNICIPALITY, List.of(COUNCILLOR),
                    suspendedOn))).isEqualTo("framework.suspended");
            assertThat(violationCode(() -> framework.changePrioritySectors(List.of(FISHING), suspendedOn)))
                    .isEqualTo("framework.suspended");
            assertThat(framework.recordedEvents()).hasSize((int) events);

            // and once resumed, it changes again
            framework.resume(LocalDate.of(2008, 10, 15));
            framework.requireChangeable();
            framework.requireWorking();
            framework.admit(PARTNER, PartyCategory.PARTNER, List.of(), List.of(), LocalDate.of(2008, 10, 15));
            assertThat(framework.isMemberOn(PARTNER, LocalDate.of(2008, 10, 15))).isTrue();
        }

        @Test
        void a_proposal_that_goes_nowhere_is_dissolved() {
            // given
            ConsultationFramework framework = aProposedFramework();

            // when
            framework.dissolve("The council never deliberated", LocalDate.of(2009, 1, 5));

            // then
            assertThat(framework.status()).isEqualTo(FrameworkStatus.DISSOLVED);
            assertThat(framework.establishedOn()).isEmpty();
        }

        @Test
        void the_priority_sectors_change_with_a_day() {
            // given
            ConsultationFramework framework = anActiveFramework();
            List<Sector> withFishing = List.of(SMALL_SCALE_IRRIGATION, MARKET_GARDENING, FISHING);

            // when
            FrameworkEvent.PrioritySectorsChanged changed =
                    framework.changePrioritySectors(withFishing, LocalDate.of(2009, 1, 20));
            String withoutADay = violationCode(() -> framework.changePrioritySectors(List.of(FISHING), null));

            // then
            assertThat(changed.prioritySectors()).containsExactlyElementsOf(withFishing);
            assertThat(framework.prioritySectors()).containsExactlyElementsOf(withFishing);
            assertThat(withoutADay).isEqualTo("required");
        }

        @Test
        void a_stored_framework_starts_with_its_proposal_and_an_established_one_has_its_deliberation() {
            // given
            FrameworkId id = FrameworkId.newId();
            List<StatusChange> establishedHistory = List.of(
                    new StatusChange(FrameworkStatus.PROPOSED, PROPOSED_ON, null),
                    new StatusChange(FrameworkStatus.ESTABLISHED, ESTABLISHED_ON, null));

            // then
            assertThat(violationCode(() -> ConsultationFramework.restore(new ConsultationFramework.State(id, DIORO,
                    "Cadre", PRIORITY_SECTORS, null, List.of(), establishedHistory), 2)))
                    .isEqualTo("framework.deliberation");
            assertThat(violationCode(() -> ConsultationFramework.restore(new ConsultationFramework.State(id, DIORO,
                    "Cadre", PRIORITY_SECTORS, theDeliberation(), List.of(), establishedHistory.subList(1, 2)), 2)))
                    .isEqualTo("framework.history");
            assertThat(violationCode(() -> ConsultationFramework.restore(new ConsultationFramework.State(id, DIORO,
                    "Cadre", PRIORITY_SECTORS, null, List.of(), List.of()), 2)))
                    .isEqualTo("framework.history");
        }
    }

    @Nested
    class Memberships {

        @Test
        void an_organisation_is_admitted_for_its_sector_with_its_representatives() {
            // given
            ConsultationFramework framework = anEstablishedFramework();

            // when
            FrameworkEvent.MemberAdmitted admitted = framework.admit(RICE_GROWERS,
                    PartyCategory.PROFESSIONAL_ORGANISATION, List.of(SMALL_SCALE_IRRIGATION),
                    List.of(RICE_GROWERS_PRESIDENT), ESTABLISHED_ON);

            // then
            Membership membership = admitted.membership();
            assertThat(admitted.occurredOn()).isEqualTo(ESTABLISHED_ON);
            assertThat(membership.organisation()).isEqualTo(RICE_GROWERS);
            assertThat(membership.isCurrent()).isTrue();
            assertThat(membership.represents(SMALL_SCALE_IRRIGATION)).isTrue();
            assertThat(membership.represents(MARKET_GARDENING)).isFalse();
            assertThat(framework.currentMembership(RICE_GROWERS)).contains(membership);
            assertThat(framework.isMemberOn(RICE_GROWERS, ESTABLISHED_ON)).isTrue();
            assertThat(framework.isMemberOn(RICE_GROWERS, ESTABLISHED_ON.minusDays(1))).isFalse();
        }

        @Test
        void members_are_admitted_while_the_framework_is_still_proposed() {
            // given
            ConsultationFramework framework = aProposedFramework();

            // when
            framework.admit(MUNICIPALITY, PartyCategory.MUNICIPALITY, List.of(), List.of(MAYOR), PROPOSED_ON);

            // then
            assertThat(framework.currentMembers()).extracting(Membership::organisation).containsExactly(MUNICIPALITY);
        }

        @Test
        void a_member_represents_priority_sectors_only() {
            // given
            ConsultationFramework framework = anEstablishedFramework();

            // when
            String code = violationCode(() -> framework.admit(OrganisationId.newId(),
                    PartyCategory.PROFESSIONAL_ORGANISATION, List.of(FISHING), List.of(), ESTABLISHED_ON));

            // then
            assertThat(code).isEqualTo("framework.sector-unknown");
            assertThat(framework.memberships()).isEmpty();
        }

        @Test
        void no_organisation_is_a_member_twice_at_once() {
            // given
            ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();
            List<Membership> before = framework.memberships();

            // when
            String code = violationCode(() -> framework.admit(RICE_GROWERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                    List.of(SMALL_SCALE_IRRIGATION), List.of(YOUNG_RICE_GROWER), LocalDate.of(2008, 6, 1)));

            // then
            assertThat(code).isEqualTo("framework.member-twice");
            assertThat(framework.memberships()).isEqualTo(before);
        }

        @Test
        void an_organisation_is_not_readmitted_from_a_day_it_was_still_a_member() {
            // given
            ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();
            framework.endMembership(RICE_GROWERS, LocalDate.of(2009, 6, 30), "Merged into the union of cooperatives");

            // when
            String code = violationCode(() -> framework.admit(RICE_GROWERS, PartyCategory.PROFESSIONAL_ORGANISATION,
                    List.of(SMALL_SCALE_IRRIGATION), List.of(), LocalDate.of(2009, 6, 30)));

            // then
            assertThat(code).isEqualTo("framework.member-twice");
        }

        @Test
        void a_member_that_left_comes_back_with_both_seats_kept() {
            // given
            ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();
            LocalDate lastDay = LocalDate.of(2009, 6, 30);
            LocalDate back = LocalDate.of(2010, 1, 4);

            // when
            FrameworkEvent.MembershipEnded ended = framework.endMembership(RICE_GROWERS, lastDay, "Board not renewed");
            framework.admit(RICE_GROWERS, PartyCategory.PROFESSIONAL_ORGANISATION, List.of(SMALL_SCALE_IRRIGATION),
                    List.of(YOUNG_RICE_GROWER), back);

            // then
            assertThat(ended).isEqualTo(
                    new FrameworkEvent.MembershipEnded(framework.id(), RICE_GROWERS, "Board not renewed", lastDay));
            assertThat(framework.memberships()).filteredOn(m -> m.organisation().equals(RICE_GROWERS)).hasSize(2);
            assertThat(framework.isMemberOn(RICE_GROWERS, lastDay)).isTrue();
            assertThat(framework.isMemberOn(RICE_GROWERS, lastDay.plusDays(1))).isFalse();
            assertThat(framework.isMemberOn(RICE_GROWERS, back)).isTrue();
            assertThat(framework.currentMembership(RICE_GROWERS).orElseThrow().representatives())
                    .containsExactly(YOUNG_RICE_GROWER);
        }

        @Test
        void the_members_on_a_day_are_those_whose_seat_covers_it() {
            // given
            ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();
            framework.admit(PARTNER, PartyCategory.PARTNER, List.of(SMALL_SCALE_IRRIGATION), List.of(),
                    LocalDate.of(2008, 5, 1));
            framework.endMembership(WOMEN_GARDENERS, LocalDate.of(2008, 4, 30), null);

            // then
            assertThat(framework.membersOn(LocalDate.of(2008, 4, 30))).extracting(Membership::organisation)
                    .contains(WOMEN_GARDENERS).doesNotContain(PARTNER);
            assertThat(framework.membersOn(LocalDate.of(2008, 5, 1))).extracting(Membership::organisation)
                    .contains(PARTNER).doesNotContain(WOMEN_GARDENERS);
            assertThat(framework.currentMembers()).hasSize(4);
            assertThat(framework.memberships()).hasSize(5);
        }

        @Test
        void only_a_current_member_leaves_and_not_before_it_joined() {
            // given
            ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();

            // then
            assertThat(violationCode(() -> framework.endMembership(PARTNER, LocalDate.of(2008, 6, 30), null)))
                    .isEqualTo("framework.not-a-member");
            assertThat(violationCode(() -> framework.endMembership(RICE_GROWERS, ESTABLISHED_ON.minusDays(1), null)))
                    .isEqualTo("dates.order");
            assertThat(framework.currentMembership(RICE_GROWERS).orElseThrow().isCurrent()).isTrue();
        }

        @Test
        void a_member_changes_its_representatives() {
            // given
            ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();
            LocalDate on = LocalDate.of(2009, 5, 2);

            // when
            FrameworkEvent.RepresentativesChanged changed =
                    framework.changeRepresentatives(MUNICIPALITY, List.of(COUNCILLOR), on);

            // then
            assertThat(changed).isEqualTo(
                    new FrameworkEvent.RepresentativesChanged(framework.id(), MUNICIPALITY, List.of(COUNCILLOR), on));
            assertThat(framework.currentMembership(MUNICIPALITY).orElseThrow().representatives())
                    .containsExactly(COUNCILLOR);
        }

        @Test
        void representatives_change_on_a_day_and_only_for_a_current_member() {
            // given
            ConsultationFramework framework = anEstablishedFrameworkWithItsMembers();

            // then
            assertThat(violationCode(() -> framework.changeRepresentatives(MUNICIPALITY, List.of(COUNCILLOR), null)))
                    .isEqualTo("required");
            assertThat(framework.currentMembership(MUNICIPALITY).orElseThrow().representatives())
                    .containsExactly(MAYOR, COUNCILLOR);
            assertThat(violationCode(() -> framework.changeRepresentatives(PARTNER, List.of(GARDENERS_PRESIDENT),
                    LocalDate.of(2009, 5, 2)))).isEqualTo("framework.not-a-member");
        }
    }
}
