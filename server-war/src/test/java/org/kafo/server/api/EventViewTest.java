package org.kafo.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kafo.model.common.ActionId;
import org.kafo.model.common.Money;
import org.kafo.model.framework.FrameworkEvent;
import org.kafo.model.framework.FrameworkId;
import org.kafo.model.organisation.OrganisationId;
import org.kafo.model.plan.ContributionForm;
import org.kafo.model.plan.PlanEvent;
import org.kafo.model.plan.PlanId;

class EventViewTest {

    @Test
    void an_event_is_named_by_its_family_and_kind_with_its_simple_facts() {
        // given
        PlanId plan = PlanId.newId();
        OrganisationId party = OrganisationId.newId();
        PlanEvent.ContributionDelivered delivered = new PlanEvent.ContributionDelivered(plan, ActionId.newId(), party,
                ContributionForm.IN_KIND, Money.xof(500_000), LocalDate.of(2008, 5, 15));

        // when
        EventView view = EventView.of(delivered);

        // then
        assertThat(view.type()).isEqualTo("plan.contribution-delivered");
        assertThat(view.aggregateId()).isEqualTo(plan.value());
        assertThat(view.occurredOn()).isEqualTo(LocalDate.of(2008, 5, 15));
        assertThat(view.facts()).containsEntry("party", party.toString()).containsEntry("form", "IN_KIND")
                .containsEntry("amount", "500000 XOF").doesNotContainKeys("aggregateId", "occurredOn");
    }

    @Test
    void nested_values_are_left_out_of_the_facts() {
        EventView view = EventView.of(new FrameworkEvent.Activated(FrameworkId.newId(), LocalDate.of(2008, 4, 10)));
        assertThat(view.type()).isEqualTo("framework.activated");
        assertThat(view.facts()).isEmpty();
    }
}
