package org.kafo.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kafo.model.Fixtures.violationCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.meeting.Meeting;
import org.kafo.model.meeting.MeetingId;
import org.kafo.model.meeting.Minutes;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ActionPlan;
import org.kafo.model.plan.ActionSpec;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.CostShare;
import org.kafo.model.plan.ProgressNote;
import org.kafo.model.territory.Assignment;
import org.kafo.model.territory.CercleId;
import org.kafo.model.territory.Commune;
import org.kafo.model.territory.RegionId;

/** What the model holds is bounded: texts, amounts, days. */
class BoundsTest {

    private static final Assignment SEGOU = new Assignment(CercleId.newId(), RegionId.newId(), Effective.ALWAYS);

    @Test
    void a_code_of_two_hundred_characters_is_taken_and_one_more_is_refused_naming_the_field_and_the_limit() {
        // given
        String longest = "4".repeat(Limits.CODE);

        // when
        Commune commune = Commune.register(longest, "Dioro", SEGOU, null, null);
        InvariantViolationException refused = catchThrowableOfType(InvariantViolationException.class,
                () -> Commune.register(longest + "4", "Dioro", SEGOU, null, null));

        // then
        assertThat(commune.code()).hasSize(200);
        assertThat(refused.code()).isEqualTo("text.too-long");
        assertThat(refused.getMessage()).isEqualTo("commune code must be at most 200 characters, was 201");
    }

    @Test
    void a_name_of_five_hundred_characters_is_taken_and_one_more_is_refused() {
        // given
        String longest = "D".repeat(Limits.NAME);

        // then
        assertThat(Commune.register("04060101", longest, SEGOU, null, null).name()).hasSize(500);
        assertThat(violationCode(() -> Commune.register("04060101", longest + "o", SEGOU, null, null)))
                .isEqualTo("text.too-long");
        assertThat(violationCode(() -> new Person(longest + "o", Sex.FEMALE, false, null))).isEqualTo("text.too-long");
        assertThat(violationCode(() -> new Person("Awa", Sex.FEMALE, false, longest + "o")))
                .isEqualTo("text.too-long");
    }

    @Test
    void the_length_counts_after_stripping_the_blanks_around() {
        // given
        String padded = "  " + "D".repeat(Limits.NAME) + "  ";

        // then
        assertThat(new Person(padded, Sex.MALE, false, null).name()).hasSize(Limits.NAME);
    }

    @Test
    void free_text_and_minutes_have_their_own_limits() {
        // given
        LocalDate day = LocalDate.of(2008, 3, 14);

        // then
        assertThat(new Minutes("m".repeat(Limits.MINUTES), day).text()).hasSize(100_000);
        assertThat(violationCode(() -> new Minutes("m".repeat(Limits.MINUTES + 1), day))).isEqualTo("text.too-long");
        assertThat(violationCode(() -> new ProgressNote(day, OrganisationId.newId(),
                "n".repeat(Limits.TEXT + 1)))).isEqualTo("text.too-long");
    }

    @Test
    void a_venue_of_a_megabyte_is_refused_and_nothing_is_planned() {
        // when
        InvariantViolationException refused = catchThrowableOfType(InvariantViolationException.class,
                () -> Meeting.plan(FrameworkId.newId(), 1, LocalDate.of(2008, 4, 10), "v".repeat(1 << 20)));

        // then
        assertThat(refused.code()).isEqualTo("text.too-long");
        assertThat(refused.getMessage()).isEqualTo("venue must be at most 500 characters, was 1048576");
    }

    @Test
    void a_sector_code_past_its_column_is_refused_before_its_pattern_is_matched() {
        assertThat(Sector.of("a".repeat(Limits.CODE)).code()).hasSize(200);
        assertThat(violationCode(() -> Sector.of("a".repeat(Limits.CODE + 1)))).isEqualTo("text.too-long");
    }

    @Test
    void money_is_bounded_by_a_million_billion() {
        assertThat(Money.xof(Money.MAX_AMOUNT).amount()).isEqualTo(1_000_000_000_000_000L);
        assertThat(violationCode(() -> Money.xof(Money.MAX_AMOUNT + 1))).isEqualTo("money.too-large");
        assertThat(violationCode(() -> Money.xof(Long.MAX_VALUE))).isEqualTo("money.too-large");
    }

    @Test
    void adding_past_the_bound_is_refused_never_wrapped() {
        // given
        Money half = Money.xof(Money.MAX_AMOUNT / 2);
        Money max = Money.xof(Money.MAX_AMOUNT);

        // then
        assertThat(half.plus(half)).isEqualTo(max);
        assertThat(violationCode(() -> max.plus(Money.xof(1)))).isEqualTo("money.too-large");
        assertThat(violationCode(() -> max.plus(max))).isEqualTo("money.too-large");
    }

    @Test
    void adding_two_bounded_amounts_is_the_exact_sum_or_a_refusal() {
        qt().forAll(longs().between(0, Money.MAX_AMOUNT), longs().between(0, Money.MAX_AMOUNT)).checkAssert((a, b) -> {
            BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
            if (exact.compareTo(BigInteger.valueOf(Money.MAX_AMOUNT)) <= 0) {
                assertThat(Money.xof(a).plus(Money.xof(b)).amount()).isEqualTo(exact.longValueExact());
            } else {
                assertThat(violationCode(() -> Money.xof(a).plus(Money.xof(b)))).isEqualTo("money.too-large");
            }
        });
    }

    @Test
    void a_total_of_any_number_of_bounded_amounts_is_exact() {
        qt().withExamples(20).forAll(integers().between(0, 12_000)).checkAssert(count -> {
            // given
            MoneyTotal total = MoneyTotal.xof();

            // when
            for (int i = 0; i < count; i++) {
                total = total.plus(Money.xof(Money.MAX_AMOUNT));
            }

            // then
            assertThat(total.amount()).isEqualTo(BigInteger.valueOf(Money.MAX_AMOUNT).multiply(BigInteger.valueOf(count)));
        });
    }

    @Test
    void a_total_past_a_long_is_still_exact() {
        // given
        MoneyTotal total = MoneyTotal.xof(Long.MAX_VALUE);

        // when
        MoneyTotal more = total.plus(Money.xof(Money.MAX_AMOUNT));

        // then
        assertThat(more.amount()).isEqualTo(new BigInteger("9224372036854775807"));
        assertThat(more.toString()).isEqualTo("9224372036854775807 XOF");
    }

    @Test
    void days_are_bounded_from_1900_to_2199() {
        assertThat(Period.of(Limits.FIRST_DAY, Limits.LAST_DAY).days()).isPositive();
        assertThat(violationCode(() -> Period.of(Limits.LAST_DAY, Limits.LAST_DAY.plusDays(1)))).isEqualTo("date.range");
        assertThat(violationCode(() -> Period.of(Limits.FIRST_DAY.minusDays(1), Limits.FIRST_DAY)))
                .isEqualTo("date.range");
        assertThat(violationCode(() -> Period.ofMonths(LocalDate.MAX, 3))).isEqualTo("date.range");
        assertThat(violationCode(() -> new Effective(null, LocalDate.MAX))).isEqualTo("date.range");
    }

    @Test
    void a_period_starting_on_the_last_day_still_has_a_last_day_within_months() {
        // given
        Period latest = Period.of(Limits.LAST_DAY, Limits.LAST_DAY);

        // then
        assertThat(latest.fitsWithinMonths(3)).isTrue();
        assertThat(Period.lastDayWithinMonths(Limits.LAST_DAY, Integer.MAX_VALUE / 12 / 1000)).isAfter(Limits.LAST_DAY);
    }

    @Test
    void a_date_out_of_range_names_the_field_and_the_range() {
        // when
        InvariantViolationException refused = catchThrowableOfType(InvariantViolationException.class,
                () -> new Minutes("text", LocalDate.MAX));

        // then
        assertThat(refused.code()).isEqualTo("date.range");
        assertThat(refused.getMessage()).isEqualTo("recorded on must be from 1900-01-01 to 2199-12-31, was "
                + LocalDate.MAX);
    }

    @Test
    void the_limits_as_text_are_the_limits() {
        assertThat(LocalDate.parse(Limits.FIRST_DAY_TEXT)).isEqualTo(Limits.FIRST_DAY);
        assertThat(LocalDate.parse(Limits.LAST_DAY_TEXT)).isEqualTo(Limits.LAST_DAY);
    }

    @Test
    void a_null_among_an_action_specs_cost_shares_or_needs_is_an_invariant_violation_naming_the_list() {
        // given
        List<CostShare> shares = new ArrayList<>(Arrays.asList((CostShare) null));

        // when
        InvariantViolationException refused = catchThrowableOfType(InvariantViolationException.class,
                () -> ActionSpec.of("Pump", Sector.of("small-scale-irrigation"), ActionKind.EQUIPMENT,
                        OrganisationId.newId(), LocalDate.of(2008, 6, 30), Money.xof(100), shares));
        InvariantViolationException needs = catchThrowableOfType(InvariantViolationException.class,
                () -> new ActionSpec("Pump", null, null, null, null, null, null, null, Arrays.asList(null, null), null));

        // then
        assertThat(refused.code()).isEqualTo("required");
        assertThat(refused.getMessage()).isEqualTo("cost shares must not contain an empty element");
        assertThat(needs.getMessage()).isEqualTo("addresses must not contain an empty element");
    }

    @Test
    void the_pledges_of_one_action_add_up_to_at_most_the_bound() {
        // given
        Money max = Money.xof(Money.MAX_AMOUNT);
        List<CostShare> twice = List.of(CostShare.pledge(OrganisationId.newId(), ContributionForm.CASH, max),
                CostShare.pledge(OrganisationId.newId(), ContributionForm.CASH, Money.xof(1)));

        // when
        String code = violationCode(() -> ActionPlan.adopt(FrameworkId.newId(), 1, null,
                Period.ofMonths(LocalDate.of(2008, 4, 1), 3), MeetingId.newId(), LocalDate.of(2008, 3, 14),
                List.of(ActionSpec.of("Pump", Sector.of("small-scale-irrigation"), ActionKind.EQUIPMENT,
                        OrganisationId.newId(), LocalDate.of(2008, 6, 30), max, twice))));

        // then
        assertThat(code).isEqualTo("action.pledges-too-large");
    }
}
