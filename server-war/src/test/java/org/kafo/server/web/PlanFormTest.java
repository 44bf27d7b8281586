package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.model.plan.ActionKind;
import org.kafo.model.plan.ContributionForm;
import org.kafo.server.api.AdoptActionPlanRequest;

class PlanFormTest {

    private static final UUID MEETING = UUID.randomUUID();
    private static final UUID MAIRIE = UUID.randomUUID();
    private static final UUID COOPERATIVE = UUID.randomUUID();
    private static final LocalDate HELD = LocalDate.of(2008, 4, 10);

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private void field(String name, String value) {
        fields.put(name, List.of(value));
    }

    private void plan() {
        field("meeting", MEETING.toString());
        field("start", "2008-04-10");
        field("end", "2008-07-09");
        field("a0.title", "Aménagement du PIV de 30 ha");
        field("a0.sector", "small-scale-irrigation");
        field("a0.kind", "INFRASTRUCTURE");
        field("a0.responsible", MAIRIE.toString());
        field("a0.due", "2008-07-01");
        field("a0.cost", "18 000 000");
        field("a0.s0.party", MAIRIE.toString());
        field("a0.s0.form", "CASH");
        field("a0.s0.amount", "16 500 000");
        field("a0.s1.party", COOPERATIVE.toString());
        field("a0.s1.form", "IN_KIND");
        field("a0.s1.amount", "1.000.000");
    }

    @Test
    void a_plan_typed_in_full_is_read_into_the_apis_request() {
        // given
        plan();

        // when
        PlanForm form = PlanForm.of(fields).read(HELD);

        // then
        assertThat(form.valid()).isTrue();
        AdoptActionPlanRequest request = form.request();
        assertThat(request.meeting()).isEqualTo(MEETING);
        assertThat(request.on()).isEqualTo(HELD);
        assertThat(request.period().end()).isEqualTo(LocalDate.of(2008, 7, 9));
        assertThat(request.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.INFRASTRUCTURE);
            assertThat(a.estimatedCost().amount()).isEqualTo(18_000_000L);
            assertThat(a.costShares()).extracting(s -> s.form()).containsExactly(ContributionForm.CASH,
                    ContributionForm.IN_KIND);
            assertThat(a.costShares().get(1).pledged().amount()).isEqualTo(1_000_000L);
        });
    }

    @Test
    void an_action_continues_the_carried_over_action_chosen_and_the_choice_stays_when_a_row_is_added() {
        // given the plan, its action continuing one the review carried over
        plan();
        UUID carried = UUID.randomUUID();
        field("a0.from", carried.toString());

        // when
        PlanForm form = PlanForm.of(fields).withAction().read(HELD);

        // then
        assertThat(form.rows().get(0).carriedFrom()).isEqualTo(carried.toString());
        assertThat(form.rows().get(1).carriedFrom()).isEmpty();
        assertThat(form.request().actions()).singleElement().satisfies(a -> assertThat(a.carriedFrom()).isEqualTo(carried));
    }

    @Test
    void totals_add_up_the_shares_per_action_and_per_party_as_typed() {
        // given
        plan();
        field("a1.title", "Formation des producteurs");
        field("a1.cost", "500 000");
        field("a1.s0.party", COOPERATIVE.toString());
        field("a1.s0.form", "CASH");
        field("a1.s0.amount", "500000");

        // when
        PlanForm form = PlanForm.of(fields);

        // then
        assertThat(form.actionTotals()).extracting(PlanForm.ActionTotal::gap).containsExactly(500_000L, 0L);
        assertThat(form.partyTotals()).containsExactly(new PlanForm.PartyTotal(MAIRIE.toString(), 16_500_000L, 0),
                new PlanForm.PartyTotal(COOPERATIVE.toString(), 500_000L, 1_000_000L));
    }

    @Test
    void an_action_typed_in_part_keeps_its_messages_and_is_left_out_of_the_check() {
        // given
        plan();
        field("a1.title", "Jour de marché");
        field("a1.cost", "deux mille");

        // when
        PlanForm form = PlanForm.of(fields).read(HELD);

        // then
        assertThat(form.valid()).isFalse();
        assertThat(form.error("a1.cost")).isEqualTo("form.amount-invalid");
        assertThat(form.error("a1.due")).isEqualTo("form.required");
        assertThat(form.complete()).containsExactly(0);
        assertThat(form.incomplete()).isEqualTo(1);
        assertThat(form.request().actions()).hasSize(1);
    }

    @Test
    void a_plan_without_a_held_meeting_or_with_its_period_the_wrong_way_round_is_not_checked() {
        // given
        plan();
        field("end", "2008-03-01");

        // when
        PlanForm form = PlanForm.of(fields).read(null);

        // then
        assertThat(form.request()).isNull();
        assertThat(form.error("end")).isEqualTo("plan.period-order");
        assertThat(form.error("meeting")).isEqualTo("plan.meeting-not-held");
    }

    @Test
    void more_rows_come_empty_and_blank_rows_are_no_action() {
        // given
        plan();

        // when
        PlanForm form = PlanForm.of(fields).withAction().withShare(1).withShare(7);

        // then
        assertThat(form.rows()).hasSize(2);
        assertThat(form.rows().get(1).shares()).hasSize(2);
        assertThat(form.rows().get(0).shares()).hasSize(2);
        assertThat(form.read(HELD).request().actions()).hasSize(1);
        assertThat(form.valid()).isTrue();
        assertThat(PlanForm.blank(MEETING, HELD, null).rows()).hasSize(1);
    }
}
