package org.kafo.model.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.model.Fixtures.MARKET_GARDENING;
import static org.kafo.model.Fixtures.NEEDS_IDENTIFIED_ON;
import static org.kafo.model.Fixtures.RICE_GROWERS;
import static org.kafo.model.Fixtures.SMALL_SCALE_IRRIGATION;
import static org.kafo.model.Fixtures.WOMEN_GARDENERS;
import static org.kafo.model.Fixtures.aMarketFeeNeed;
import static org.kafo.model.Fixtures.aMotorPumpNeed;
import static org.kafo.model.Fixtures.violationCode;
import static org.kafo.model.Fixtures.xof;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.ActionId;
import org.kafo.model.framework.FrameworkId;

class NeedTest {

    private static final LocalDate PLANNED_ON = LocalDate.of(2008, 4, 8);

    private final FrameworkId framework = FrameworkId.newId();

    @Test
    void professionals_identify_an_investment_with_its_estimated_cost() {
        // when
        Need pump = aMotorPumpNeed(framework);

        // then
        assertThat(pump.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(pump.kind()).isEqualTo(NeedKind.INVESTMENT);
        assertThat(pump.sector()).isEqualTo(SMALL_SCALE_IRRIGATION);
        assertThat(pump.raisedBy()).isEqualTo(RICE_GROWERS);
        assertThat(pump.estimatedCost()).contains(xof(4_500_000));
        assertThat(pump.addressedBy()).isEmpty();
        assertThat(pump.recordedEvents()).containsExactly(new NeedEvent.Identified(pump.id(), framework, RICE_GROWERS,
                SMALL_SCALE_IRRIGATION, NeedKind.INVESTMENT, NEEDS_IDENTIFIED_ON));
    }

    @Test
    void a_business_environment_measure_may_have_no_cost() {
        // when
        Need marketFee = aMarketFeeNeed(framework);

        // then
        assertThat(marketFee.kind()).isEqualTo(NeedKind.BUSINESS_ENVIRONMENT_MEASURE);
        assertThat(marketFee.raisedBy()).isEqualTo(WOMEN_GARDENERS);
        assertThat(marketFee.sector()).isEqualTo(MARKET_GARDENING);
        assertThat(marketFee.estimatedCost()).isEmpty();
    }

    @Test
    void a_need_says_who_raised_it_for_which_sector_and_what_it_is() {
        assertThat(violationCode(() -> Need.identify(framework, null, MARKET_GARDENING, NeedKind.CAPACITY_BUILDING,
                "Training", null, NEEDS_IDENTIFIED_ON))).isEqualTo("required");
        assertThat(violationCode(() -> Need.identify(framework, WOMEN_GARDENERS, null, NeedKind.CAPACITY_BUILDING,
                "Training", null, NEEDS_IDENTIFIED_ON))).isEqualTo("required");
        assertThat(violationCode(() -> Need.identify(framework, WOMEN_GARDENERS, MARKET_GARDENING, null,
                "Training", null, NEEDS_IDENTIFIED_ON))).isEqualTo("required");
        assertThat(violationCode(() -> Need.identify(framework, WOMEN_GARDENERS, MARKET_GARDENING,
                NeedKind.CAPACITY_BUILDING, " ", null, NEEDS_IDENTIFIED_ON))).isEqualTo("required");
    }

    @Test
    void an_action_of_a_plan_makes_the_need_planned() {
        // given
        Need pump = aMotorPumpNeed(framework);
        ActionId action = ActionId.newId();

        // when
        NeedEvent.Planned planned = pump.addressWith(action, PLANNED_ON);

        // then
        assertThat(planned).isEqualTo(new NeedEvent.Planned(pump.id(), action, PLANNED_ON));
        assertThat(pump.status()).isEqualTo(NeedStatus.PLANNED);
        assertThat(pump.addressedBy()).containsExactly(action);
    }

    @Test
    void a_need_keeps_every_action_that_addressed_it_once() {
        // given
        Need pump = aMotorPumpNeed(framework);
        ActionId first = ActionId.newId();
        ActionId carriedOver = ActionId.newId();

        // when
        pump.addressWith(first, PLANNED_ON);
        pump.addressWith(carriedOver, LocalDate.of(2008, 7, 3));
        pump.addressWith(first, LocalDate.of(2008, 7, 3));

        // then
        assertThat(pump.addressedBy()).containsExactly(first, carriedOver);
        assertThat(pump.status()).isEqualTo(NeedStatus.PLANNED);
    }

    @Test
    void linking_an_action_without_a_day_changes_nothing() {
        // given
        Need pump = aMotorPumpNeed(framework);
        Need.State before = pump.snapshot();

        // when
        String code = violationCode(() -> pump.addressWith(ActionId.newId(), null));

        // then
        assertThat(code).isEqualTo("required");
        assertThat(pump.snapshot()).isEqualTo(before);
    }

    @Test
    void only_a_planned_need_is_met() {
        // given
        Need pump = aMotorPumpNeed(framework);
        String whileOpen = violationCode(() -> pump.markMet(PLANNED_ON));
        pump.addressWith(ActionId.newId(), PLANNED_ON);

        // when
        NeedEvent.Met met = pump.markMet(LocalDate.of(2008, 9, 30));

        // then
        assertThat(whileOpen).isEqualTo("need.status");
        assertThat(met).isEqualTo(new NeedEvent.Met(pump.id(), LocalDate.of(2008, 9, 30)));
        assertThat(pump.status()).isEqualTo(NeedStatus.MET);
        assertThat(violationCode(() -> pump.markMet(LocalDate.of(2008, 10, 1)))).isEqualTo("need.status");
    }

    @Test
    void a_need_is_not_met_without_a_day() {
        // given
        Need pump = aMotorPumpNeed(framework);
        pump.addressWith(ActionId.newId(), PLANNED_ON);

        // when
        String code = violationCode(() -> pump.markMet(null));

        // then
        assertThat(code).isEqualTo("required");
        assertThat(pump.status()).isEqualTo(NeedStatus.PLANNED);
    }

    @Test
    void a_need_is_withdrawn_with_a_reason_and_then_no_action_addresses_it() {
        // given
        Need marketFee = aMarketFeeNeed(framework);

        // when
        NeedEvent.Withdrawn withdrawn = marketFee.withdraw("The cercle abolished the fee", LocalDate.of(2008, 5, 2));

        // then
        assertThat(withdrawn.reason()).isEqualTo("The cercle abolished the fee");
        assertThat(marketFee.status()).isEqualTo(NeedStatus.WITHDRAWN);
        assertThat(marketFee.withdrawalReason()).contains("The cercle abolished the fee");
        assertThat(violationCode(() -> marketFee.addressWith(ActionId.newId(), PLANNED_ON)))
                .isEqualTo("need.withdrawn");
        assertThat(violationCode(() -> marketFee.withdraw("Again", PLANNED_ON))).isEqualTo("need.status");
    }

    @Test
    void a_withdrawal_without_a_reason_or_a_day_changes_nothing() {
        // given
        Need marketFee = aMarketFeeNeed(framework);
        Need.State before = marketFee.snapshot();

        // then
        assertThat(violationCode(() -> marketFee.withdraw(" ", PLANNED_ON))).isEqualTo("required");
        assertThat(violationCode(() -> marketFee.withdraw("No longer needed", null))).isEqualTo("required");
        assertThat(marketFee.snapshot()).isEqualTo(before);
    }

    @Test
    void a_met_need_is_not_withdrawn() {
        // given
        Need pump = aMotorPumpNeed(framework);
        pump.addressWith(ActionId.newId(), PLANNED_ON);
        pump.markMet(LocalDate.of(2008, 9, 30));

        // then
        assertThat(violationCode(() -> pump.withdraw("Changed our mind", LocalDate.of(2008, 10, 1))))
                .isEqualTo("need.status");
    }

    @Test
    void a_stored_withdrawn_need_has_its_reason() {
        assertThat(violationCode(() -> Need.restore(new Need.State(NeedId.newId(), framework, WOMEN_GARDENERS,
                MARKET_GARDENING, NeedKind.CAPACITY_BUILDING, "Training", null, NEEDS_IDENTIFIED_ON,
                NeedStatus.WITHDRAWN, null, List.of()), 2))).isEqualTo("need.withdrawal-reason");
    }

    @Test
    void those_who_raised_a_need_correct_it_for_a_reason_and_it_keeps_its_day() {
        // given
        Need pump = aMotorPumpNeed(framework);
        LocalDate correctedOn = NEEDS_IDENTIFIED_ON.plusDays(3);

        // when
        NeedEvent.Corrected corrected = pump.correct(MARKET_GARDENING, NeedKind.CAPACITY_BUILDING,
                "Formation à l'entretien des motopompes", null, "Le coût était celui d'une autre commune", correctedOn);

        // then
        assertThat(corrected).isEqualTo(new NeedEvent.Corrected(pump.id(), MARKET_GARDENING,
                NeedKind.CAPACITY_BUILDING, "Le coût était celui d'une autre commune", correctedOn));
        assertThat(pump.sector()).isEqualTo(MARKET_GARDENING);
        assertThat(pump.kind()).isEqualTo(NeedKind.CAPACITY_BUILDING);
        assertThat(pump.description()).isEqualTo("Formation à l'entretien des motopompes");
        assertThat(pump.estimatedCost()).isEmpty();
        assertThat(pump.identifiedOn()).isEqualTo(NEEDS_IDENTIFIED_ON);
        assertThat(pump.status()).isEqualTo(NeedStatus.OPEN);
    }

    @Test
    void a_correction_needs_a_reason_a_day_not_before_identification_and_a_need_not_withdrawn() {
        // given
        Need pump = aMotorPumpNeed(framework);

        // then
        assertThat(violationCode(() -> pump.correct(SMALL_SCALE_IRRIGATION, NeedKind.INVESTMENT, "Motopompe",
                xof(1), " ", NEEDS_IDENTIFIED_ON))).isEqualTo("required");
        assertThat(violationCode(() -> pump.correct(SMALL_SCALE_IRRIGATION, NeedKind.INVESTMENT, "Motopompe",
                xof(1), "Coût revu", NEEDS_IDENTIFIED_ON.minusDays(1)))).isEqualTo("dates.order");
        pump.withdraw("Pris en charge par l'Office du Niger", NEEDS_IDENTIFIED_ON);
        assertThat(violationCode(() -> pump.correct(SMALL_SCALE_IRRIGATION, NeedKind.INVESTMENT, "Motopompe",
                xof(1), "Coût revu", NEEDS_IDENTIFIED_ON))).isEqualTo("need.withdrawn");
        assertThat(pump.estimatedCost()).contains(xof(4_500_000));
    }
}
