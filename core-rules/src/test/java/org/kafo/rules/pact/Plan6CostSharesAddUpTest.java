package org.kafo.rules.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kafo.model.plan.ContributionForm.CASH;
import static org.kafo.model.plan.ContributionForm.IN_KIND;
import static org.kafo.rules.pact.PactFixtures.MARKET_GARDENING;
import static org.kafo.rules.pact.PactFixtures.dioro;
import static org.kafo.rules.pact.PactFixtures.xof;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kafo.model.common.Money;
import org.kafo.model.plan.Action;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.rules.Severity;
import org.kafo.rules.Verdict;
import org.kafo.rules.command.PledgeContribution;
import org.kafo.rules.pact.PactFixtures.Dioro;

@DisplayName("PLAN-6: the cost shares of an action add up to its estimated cost")
class Plan6CostSharesAddUpTest {

    @Nested
    @DisplayName("when the plan is adopted")
    class Adoption {

        private final Dioro dioro = dioro().firstMeetingHeld();

        @Test
        void the_first_plan_of_dioro_adds_up() {
            assertThat(PactCheck.verdicts("PLAN-6", dioro.adoptFirstPlan(), dioro.situation())).isEmpty();
        }

        @ParameterizedTest(name = "pledged {0} of 120000: difference {1}")
        @CsvSource({"100000, -20000 XOF", "150000, 30000 XOF"})
        void shares_under_or_over_the_estimate_are_refused(long pledged, String difference) {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("PLAN-6",
                    dioro.adoptFirstPlan(List.of(radio(CostShare.pledge(dioro.gardeners.id(), CASH, xof(pledged))))),
                    dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.isBlocking()).isTrue();
                assertThat(v.messageKey()).isEqualTo("PLAN-6.shares-do-not-add-up");
                assertThat(v.facts()).containsEntry("estimated", "120000 XOF")
                        .containsEntry("pledged", pledged + " XOF")
                        .containsEntry("difference", difference);
            });
        }

        @Test
        void an_action_of_no_cost_with_no_share_adds_up() {
            // given
            ActionSpec marketDay = ActionSpec.of("Jour de marché hebdomadaire", MARKET_GARDENING,
                    ActionKind.BUSINESS_ENVIRONMENT_MEASURE, dioro.municipality.id(), LocalDate.of(2025, 4, 1),
                    xof(0), List.of());

            // then
            assertThat(PactCheck.verdicts("PLAN-6", dioro.adoptFirstPlan(List.of(marketDay)), dioro.situation()))
                    .isEmpty();
        }

        @Test
        void a_share_in_another_currency_is_refused() {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("PLAN-6", dioro.adoptFirstPlan(List.of(radio(
                    CostShare.pledge(dioro.gardeners.id(), CASH, xof(100_000)),
                    CostShare.pledge(dioro.partner.id(), CASH, new Money(30, "EUR"))))), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("PLAN-6.currency-mismatch");
                assertThat(v.facts()).containsEntry("currency", "XOF").containsEntry("other", "EUR");
            });
        }

        @Test
        void shares_adding_up_past_the_largest_long_are_compared_exactly() {
            // given: ten thousand pledges at the bound, 10^19 francs in all, past 2^63 - 1
            CostShare[] shares = new CostShare[10_000];
            Arrays.fill(shares, CostShare.pledge(dioro.gardeners.id(), CASH, xof(Money.MAX_AMOUNT)));

            // when
            List<Verdict> verdicts = PactCheck.verdicts("PLAN-6", dioro.adoptFirstPlan(List.of(radio(shares))),
                    dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("PLAN-6.shares-do-not-add-up");
                assertThat(v.facts()).containsEntry("pledged", "10000000000000000000 XOF")
                        .containsEntry("difference", "9999999999999880000 XOF");
            });
        }

        private ActionSpec radio(CostShare... shares) {
            ActionSpec radio = dioro.radioReport();
            return ActionSpec.of(radio.title(), radio.sector(), radio.kind(), radio.responsible(), radio.dueDate(),
                    radio.estimatedCost(), List.of(shares));
        }
    }

    @Nested
    @DisplayName("when a party pledges later")
    class Pledge {

        private final Dioro dioro = dioro().firstPlanAdopted();
        private final Action training = dioro.firstPlanAction("Formation");

        @Test
        void pledging_the_same_amount_again_keeps_the_total() {
            assertThat(PactCheck.verdicts("PLAN-6", pledge(IN_KIND, 150_000),
                    dioro.situation())).isEmpty();
        }

        @Test
        void raising_a_pledge_over_the_estimate_is_warned() {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("PLAN-6", pledge(IN_KIND, 200_000), dioro.situation());

            // then
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.messageKey()).isEqualTo("PLAN-6.pledges-no-longer-add-up");
                assertThat(v.facts()).containsEntry("estimated", "900000 XOF").containsEntry("pledged", "950000 XOF")
                        .containsEntry("difference", "50000 XOF")
                        .containsEntry("actionId", training.id().toString());
            });
        }

        @Test
        void a_new_cash_share_beside_the_in_kind_one_counts_both() {
            assertThat(PactCheck.verdicts("PLAN-6", pledge(CASH, 10_000), dioro.situation()))
                    .extracting(v -> v.facts().get("pledged")).containsExactly("910000 XOF");
        }

        @Test
        void a_pledge_in_another_currency_is_refused() {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("PLAN-6", new PledgeContribution(dioro.firstPlan().id(),
                    training.id(), dioro.partner.id(), CASH, new Money(100, "EUR"), LocalDate.of(2025, 3, 20)),
                    dioro.situation());

            // then
            assertThat(verdicts).extracting(Verdict::severity, Verdict::messageKey).containsExactly(
                    tuple(Severity.BLOCKING, "PLAN-6.pledge-currency-mismatch"));
        }

        @Test
        void a_pledge_at_the_bound_is_warned_with_the_exact_total() {
            // when
            List<Verdict> verdicts = PactCheck.verdicts("PLAN-6", pledge(CASH, Money.MAX_AMOUNT), dioro.situation());

            // then: 900,000 already pledged in kind, and the bound in cash
            assertThat(verdicts).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.WARNING);
                assertThat(v.facts()).containsEntry("pledged", "1000000000900000 XOF")
                        .containsEntry("difference", "1000000000000000 XOF");
            });
        }

        private PledgeContribution pledge(ContributionForm form, long amount) {
            return new PledgeContribution(dioro.firstPlan().id(), training.id(), dioro.gardeners.id(), form,
                    xof(amount), LocalDate.of(2025, 3, 20));
        }
    }
}
