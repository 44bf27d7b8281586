package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.rules.pact.PactFixtures.FIRST_PLAN;
import static org.kafo.rules.pact.PactFixtures.IRRIGATION;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.SECOND_MEETING_ON;
import static org.kafo.rules.pact.PactFixtures.dioro;

import com.example.ccco.CccoRules;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.Period;
import org.kafo.rules.RuleBook;
import org.kafo.rules.RuleProfile;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.ConveneMeeting;
import org.kafo.rules.pact.PactFixtures.Dioro;

/**
 * An integrator re-profiles the approach without touching Kafo: six-month plans, EST-4 off, and
 * its own rule from a pack found on the class path.
 */
@DisplayName("An integrator's book: six-month plans, EST-4 off, BF-CCCO-1 from its own pack")
class IntegratorProfileTest {

    private final RuleBook book = RuleBook
            .builder(RuleProfile.from(RuleProfile.pact()).name("bf-ccco").planHorizonMonths(6).build())
            .pack(PactRules.pack())
            .disable(Est4TechnicalServicesAndRelevantPartners.ID)
            .discoverPacks()
            .build();

    @Test
    void the_book_holds_the_catalogue_but_est_4_and_the_integrators_rule() {
        assertThat(book.packs()).containsExactly("pact", "bf-ccco");
        assertThat(book.ruleIds()).hasSize(25).doesNotContain("EST-4").contains("EST-1", "MEET-1")
                .endsWith(CccoRules.MAYOR_CONVENES);
        assertThat(book.profile().planHorizonMonths()).isEqualTo(6);
        assertThat(book.messageProblems()).isEmpty();
    }

    @Test
    void a_six_month_plan_passes_and_a_day_more_does_not() {
        // given
        Dioro dioro = dioro().firstMeetingHeld();
        Period sixMonths = Period.ofMonths(FIRST_PLAN.start(), 6);

        // then
        assertThat(ruleVerdicts("PLAN-1", book.check(dioro.adoptFirstPlan(sixMonths), dioro.situation()))).isEmpty();
        assertThat(ruleVerdicts("PLAN-1", book.check(dioro.adoptFirstPlan(
                Period.of(sixMonths.start(), sixMonths.end().plusDays(1))), dioro.situation())))
                .extracting(Verdict::messageKey).containsExactly("PLAN-1.too-long");
    }

    @Test
    void a_framework_without_technical_service_is_not_warned() {
        // given
        Dioro dioro = dioro();
        dioro.admit(dioro.municipality);
        dioro.admit(dioro.irrigators, IRRIGATION);
        dioro.admit(dioro.gardeners, MARKET_GARDENING);

        // then
        assertThat(book.check(dioro.establish(), dioro.situation())).isEmpty();
    }

    @Test
    void its_own_rule_refuses_a_meeting_convened_by_the_partner_in_both_languages() {
        // given
        Dioro dioro = dioro().committeeInstalled();
        ConveneMeeting byPartner = new ConveneMeeting(dioro.framework.id(), SECOND_MEETING_ON, PactFixtures.VENUE,
                dioro.partner.id(), SECOND_MEETING_ON.minusDays(14), List.of(), List.of());

        // when
        List<Verdict> verdicts = ruleVerdicts(CccoRules.MAYOR_CONVENES, book.check(byPartner, dioro.situation()));

        // then
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.isBlocking()).isTrue();
            assertThat(book.message(v, Locale.FRENCH)).startsWith("La réunion du 30 mai 2025 est convoquée par Fonds d'appui à l'irrigation de proximité :")
                    .contains("le maire préside");
            assertThat(book.message(v, Locale.ENGLISH)).contains("the mayor chairs");
            PactCheck.assertFormats(book, v);
        });
        assertThat(book.check(dioro.conveneMeetingOn(SECOND_MEETING_ON), dioro.situation())).isEmpty();
    }

    private static List<Verdict> ruleVerdicts(String id, List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> v.ruleId().equals(id)).toList();
    }
}
