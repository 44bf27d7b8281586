package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.SECOND_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.need.NeedKind;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.HoldMeeting;
import org.kafo.rules.pact.PactFixtures.Dioro;
import org.kafo.rules.pact.PactFixtures.Stage;

@DisplayName("NEED-1: the first meeting requires needs from the professionals of every priority sector")
class Need1NeedsBeforeFirstMeetingTest {

    private final Dioro dioro = dioro().upTo(Stage.FIRST_MEETING_CONVENED);

    @Test
    void the_first_meeting_passes_when_both_cooperatives_identified_needs() {
        assertThat(PactCheck.verdicts("NEED-1", dioro.holdFirstMeeting(), dioro.situation())).isEmpty();
    }

    @Test
    void the_first_meeting_is_refused_when_a_sector_has_no_need() {
        // given
        dioro.needs.removeIf(n -> n.sector().equals(MARKET_GARDENING));

        // when
        List<Verdict> verdicts = PactCheck.verdicts("NEED-1", dioro.holdFirstMeeting(), dioro.situation());

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.messageKey()).isEqualTo("NEED-1.sector-without-need");
            assertThat(v.facts()).containsEntry("sector", "market-gardening")
                    .containsEntry("meetingId", dioro.firstMeeting().id().toString());
        });
    }

    @Test
    void a_withdrawn_need_does_not_count() {
        // given
        dioro.needs.stream().filter(n -> n.sector().equals(MARKET_GARDENING)).findFirst().orElseThrow()
                .withdraw("déjà pris en charge par la chambre d'agriculture", FIRST_MEETING_ON.minusDays(2));

        // then
        assertThat(PactCheck.verdicts("NEED-1", dioro.holdFirstMeeting(), dioro.situation()))
                .extracting(v -> v.facts().get("sector")).containsExactly("market-gardening");
    }

    @Test
    void a_need_raised_by_the_municipality_is_not_the_professionals_need() {
        // given
        dioro.needs.removeIf(n -> n.sector().equals(MARKET_GARDENING));
        dioro.need(dioro.municipality, MARKET_GARDENING, NeedKind.INVESTMENT, "Hangar de marché", FIRST_MEETING_ON);

        // then
        assertThat(PactCheck.verdicts("NEED-1", dioro.holdFirstMeeting(), dioro.situation())).hasSize(1);
    }

    @Test
    void a_need_identified_on_the_meeting_day_counts_and_the_day_after_does_not() {
        // given
        dioro.needs.clear();
        dioro.need(dioro.irrigators, PactFixtures.IRRIGATION, NeedKind.INVESTMENT, "Forage", FIRST_MEETING_ON);
        dioro.need(dioro.gardeners, MARKET_GARDENING, NeedKind.CAPACITY_BUILDING, "Formation",
                FIRST_MEETING_ON.plusDays(1));

        // then
        assertThat(PactCheck.verdicts("NEED-1", dioro.holdFirstMeeting(), dioro.situation()))
                .extracting(v -> v.facts().get("sector")).containsExactly("market-gardening");
    }

    @Test
    void when_meeting_1_is_cancelled_the_next_one_held_is_the_first() {
        // given
        dioro.firstMeeting().cancel("crue du fleuve, la salle est inaccessible", FIRST_MEETING_ON.minusDays(3));
        Meeting replacement = dioro.convene(2, FIRST_MEETING_ON, FIRST_MEETING_ON.plusDays(14), List.of());
        dioro.needs.removeIf(n -> n.sector().equals(MARKET_GARDENING));

        // then
        assertThat(PactCheck.verdicts("NEED-1", new HoldMeeting(replacement.id(), FIRST_MEETING_ON.plusDays(14)),
                dioro.situation())).extracting(v -> v.facts().get("sector")).containsExactly("market-gardening");
    }

    @Test
    void adopting_the_first_plan_without_needs_is_refused_for_every_sector() {
        // given
        dioro.firstMeetingHeld();
        dioro.needs.clear();

        // when
        List<Verdict> verdicts = PactCheck.verdicts("NEED-1", dioro.adoptFirstPlan(), dioro.situation());

        // then
        assertThat(verdicts).extracting(v -> v.facts().get("sector"))
                .containsExactly("small-scale-irrigation", "market-gardening");
        assertThat(verdicts).allMatch(Verdict::isBlocking);
    }

    @Test
    void later_meetings_and_plans_are_not_checked() {
        // given
        dioro.upTo(Stage.SECOND_MEETING_CONVENED);
        dioro.needs.clear();

        // then
        assertThat(PactCheck.verdicts("NEED-1", new HoldMeeting(dioro.secondMeeting().id(), SECOND_MEETING_ON),
                dioro.situation())).isEmpty();
        dioro.firstPlanReviewed();
        assertThat(PactCheck.verdicts("NEED-1", dioro.adoptSecondPlan(), dioro.situation())).isEmpty();
    }
}
